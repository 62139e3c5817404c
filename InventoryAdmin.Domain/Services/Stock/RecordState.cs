using InventoryAdmin.Domain.Model.Stock;

namespace InventoryAdmin.Domain.Services.Stock;

/// <summary>The segments of one record inside a write transaction: On Hand per stored key.</summary>
internal sealed class RecordState(int productId, int locationId)
{
    public int ProductId { get; } = productId;

    public int LocationId { get; } = locationId;

    public Dictionary<string, int> OnHand { get; } = new(StringComparer.Ordinal);

    public IReadOnlyList<SegmentState> Segments =>
        OnHand.Select(s => new SegmentState(s.Key, new Figures(s.Value, 0, 0))).ToList();

    /// <summary>The record's figures: the sums of its segments'.</summary>
    public Figures Totals => Figures.Sum(Segments.Select(s => s.Figures));
}
