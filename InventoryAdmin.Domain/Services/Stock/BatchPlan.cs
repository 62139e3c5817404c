namespace InventoryAdmin.Domain.Services.Stock;

/// <summary>A batch that passed every rule: the row changes to write and the records they leave behind.</summary>
internal sealed record BatchPlan(int Lines, IReadOnlyList<RowChange> RowChanges, IEnumerable<RecordState> Records);
