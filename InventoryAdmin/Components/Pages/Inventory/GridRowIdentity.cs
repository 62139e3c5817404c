using InventoryAdmin.Domain.Services.Contracts;

namespace InventoryAdmin.Components.Pages.Inventory;

/// <summary>A grid row is the same record across live reloads even when its figures change, so it stays expanded.</summary>
internal sealed class GridRowIdentity : IEqualityComparer<GridRowDto>
{
    public static readonly GridRowIdentity Instance = new();

    public bool Equals(GridRowDto? x, GridRowDto? y) =>
        x is not null && y is not null && x.ProductId == y.ProductId && x.LocationId == y.LocationId;

    public int GetHashCode(GridRowDto obj) => HashCode.Combine(obj.ProductId, obj.LocationId);
}
