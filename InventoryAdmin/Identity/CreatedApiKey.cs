namespace InventoryAdmin.Identity;

/// <summary>A new key with its secret, which exists only in this response and is never stored.</summary>
public sealed record CreatedApiKey(ApiKeyDto Key, string Secret);
