namespace InventoryAdmin.Domain.Services.Contracts;

/// <summary>
/// What a lock, unlock or trait change did: the target, whether it is locked now, the units whose Locked state
/// changed (+ locked, − unlocked) and the units of the target locked now.
/// </summary>
public sealed record LockResultDto(string LocationCode, string? StorageLocation, string? Sku, bool Locked, int UnitsChanged, int LockedUnits);
