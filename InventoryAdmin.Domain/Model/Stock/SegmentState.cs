namespace InventoryAdmin.Domain.Model.Stock;

/// <summary>One segment of a record as an update sees it: its stored key and figures.</summary>
public sealed record SegmentState(string Key, Figures Figures)
{
    public int Free => Figures.Available;
}
