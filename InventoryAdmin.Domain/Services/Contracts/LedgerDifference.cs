namespace InventoryAdmin.Domain.Services.Contracts;

/// <summary>
/// A place where the ledger and the stored figures disagree: a stock row (its segment and storage location) or, with
/// Segment null, a record total against the sum of its rows. Figure is OnHand or Locked.
/// </summary>
public sealed record LedgerDifference(string Sku, string LocationCode, IReadOnlyDictionary<string, string>? Segment, long FromLedger, long Stored,
    string Figure = "OnHand", string? StorageLocation = null);
