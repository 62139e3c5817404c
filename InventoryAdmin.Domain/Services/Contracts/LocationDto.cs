namespace InventoryAdmin.Domain.Services.Contracts;

/// <summary>A location; Locked (with who, when and why) when the whole location is locked.</summary>
public sealed record LocationDto(string Code, string Name, int Priority, bool UseComponentInventory, bool Locked = false,
    string? LockReason = null, string? LockedBy = null, DateTime? LockedAt = null);
