namespace InventoryAdmin.Identity;

/// <summary>Who a presented key belongs to.</summary>
public sealed record ApiKeyIdentity(string Name, string Role);
