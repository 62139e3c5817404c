namespace InventoryAdmin.Domain.Model.Redistribution;

/// <summary>What redistributing one record does: moves between segments, the row-level moves behind them, and residuals.</summary>
public sealed record RedistributionPlan(IReadOnlyList<SegmentMove> Moves, IReadOnlyList<RowMove> RowMoves, IReadOnlyList<Residual> Residuals)
{
    public static readonly RedistributionPlan Nothing = new([], [], []);

    public int UnitsMoved => Moves.Sum(m => m.Quantity);
}

/// <summary>Units relabelled from one segment to another.</summary>
public sealed record SegmentMove(string From, string To, int Quantity);

/// <summary>Units relabelled from one segment's row to another segment's row in the same storage location.</summary>
public sealed record RowMove(string From, string To, int Storage, int Quantity);

/// <summary>A segment that cannot reach its target: the target and what it holds after the moves.</summary>
public sealed record Residual(string SegmentKey, int Target, int Actual);
