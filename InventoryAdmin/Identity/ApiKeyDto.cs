namespace InventoryAdmin.Identity;

public sealed record ApiKeyDto(int Id, string Name, string Prefix, string Role, DateTime CreatedAtUtc, string CreatedBy,
    DateTime? LastUsedAtUtc, DateTime? RevokedAtUtc)
{
    public bool IsRevoked => RevokedAtUtc is not null;

    internal static ApiKeyDto From(ApiKey k) => new(k.Id, k.Name, k.Prefix, k.Role, k.CreatedAtUtc, k.CreatedBy, k.LastUsedAtUtc, k.RevokedAtUtc);
}
