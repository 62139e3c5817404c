namespace InventoryAdmin.Api;

public sealed record CreateApiKeyRequest(string? Name, string? Role);

public sealed record CreateUserRequest(string? Email, string? Password, IReadOnlyList<string>? Roles);
