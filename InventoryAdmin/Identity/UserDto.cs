namespace InventoryAdmin.Identity;

public sealed record UserDto(string Id, string Email, IReadOnlyList<string> Roles, bool IsDisabled, DateTimeOffset? LockedOutUntil);
