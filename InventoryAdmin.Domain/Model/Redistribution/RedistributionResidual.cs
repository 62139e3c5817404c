namespace InventoryAdmin.Domain.Model.Redistribution;

/// <summary>A segment a job could not bring to its target, written in the same transaction as the record's moves.</summary>
public sealed class RedistributionResidual
{
    private RedistributionResidual()
    {
    }

    public RedistributionResidual(long jobId, int productId, int locationId, string segmentKey, int target, int actual)
    {
        JobId = jobId;
        ProductId = productId;
        LocationId = locationId;
        SegmentKey = segmentKey;
        Target = target;
        Actual = actual;
    }

    public long Id { get; private set; }

    public long JobId { get; private set; }

    public int ProductId { get; private set; }

    public int LocationId { get; private set; }

    public string SegmentKey { get; private set; } = "";

    public int Target { get; private set; }

    public int Actual { get; private set; }
}
