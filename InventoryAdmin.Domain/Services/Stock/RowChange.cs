namespace InventoryAdmin.Domain.Services.Stock;

/// <summary>
/// One stock row's On Hand before and after, with the line that caused it. Locked says whether the row's units are
/// locked (its movement then changes the Locked figure too); KeepOnZero keeps the row when it reaches 0.
/// </summary>
internal sealed record RowChange(int ProductId, int LocationId, string SegmentKey, int Before, int After, string Reason, string? Reference,
    int StorageLocationId = 0, bool Locked = false, bool KeepOnZero = false)
{
    public int LockedDelta => Locked ? After - Before : 0;
}
