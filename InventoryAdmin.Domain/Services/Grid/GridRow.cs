namespace InventoryAdmin.Domain.Services.Grid;

/// <summary>A grid row as SQL sorts it (EF cannot order by members of a constructor-built record).</summary>
internal sealed class GridRow
{
    public int ProductId { get; init; }
    public int LocationId { get; init; }
    public string Sku { get; init; } = "";
    public string? Upc { get; init; }
    public string Name { get; init; } = "";
    public string LocationCode { get; init; } = "";
    public int OnHand { get; init; }
    public int Locked { get; init; }
    public int Allocated { get; init; }
    public int Available { get; init; }
    public bool PendingRedistribution { get; init; }

    /// <summary>The same row with other figures (a bundle's, which include what its components can build).</summary>
    public GridRow WithFigures(Model.Stock.Figures figures) => new()
    {
        ProductId = ProductId, LocationId = LocationId, Sku = Sku, Upc = Upc, Name = Name, LocationCode = LocationCode,
        OnHand = figures.OnHand, Locked = figures.Locked, Allocated = figures.Allocated, Available = figures.Available,
        PendingRedistribution = PendingRedistribution,
    };
}
