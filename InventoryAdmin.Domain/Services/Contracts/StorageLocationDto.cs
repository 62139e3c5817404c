namespace InventoryAdmin.Domain.Services.Contracts;

/// <summary>
/// A storage location with its trait configuration (API names → true/false/null for unset), the stock it holds and
/// why its traits last changed.
/// </summary>
public sealed record StorageLocationDto(string LocationCode, string Name, IReadOnlyDictionary<string, bool?> Traits, bool Sellable,
    int StockRows, int Units, int LockedUnits, string? Reason, string? ChangedBy, DateTime? ChangedAt);
