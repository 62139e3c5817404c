namespace InventoryAdmin.Domain.Services.Contracts;

/// <summary>A place where the ledger and the stored figures disagree. Segment is null for a record total.</summary>
public sealed record LedgerDifference(string Sku, string LocationCode, IReadOnlyDictionary<string, string>? Segment, long FromLedger, long Stored);
