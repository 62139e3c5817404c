namespace InventoryAdmin.Domain.Services.Stock;

/// <summary>One stock row's On Hand before and after, with the line that caused it.</summary>
internal sealed record RowChange(int ProductId, int LocationId, string SegmentKey, int Before, int After, string Reason, string? Reference);
