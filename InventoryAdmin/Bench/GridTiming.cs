namespace InventoryAdmin.Bench;

/// <summary>One grid query's timing and what it returned (rows on the page, rows in total).</summary>
internal sealed record GridTiming(string What, Timing Timing, int Total, int PageRows);
