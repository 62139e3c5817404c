using InventoryAdmin.Domain.Model.Stock;

namespace InventoryAdmin.Domain.Services.Grid;

/// <summary>A record with its product and location, as either join order hands them on.</summary>
internal sealed class RecordJoin
{
    public InventoryRecord Record { get; init; } = null!;
    public Product Product { get; init; } = null!;
    public Location Location { get; init; } = null!;
}
