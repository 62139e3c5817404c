namespace InventoryAdmin.Identity;

/// <summary>An integration's key. Only its SHA-256 hash is stored; the key itself is shown once.</summary>
public sealed class ApiKey
{
    public int Id { get; set; }

    public string Name { get; set; } = "";

    /// <summary>The key's first characters, so people can tell keys apart.</summary>
    public string Prefix { get; set; } = "";

    public string Hash { get; set; } = "";

    public string Role { get; set; } = "";

    public DateTime CreatedAtUtc { get; set; }

    public string CreatedBy { get; set; } = "";

    public DateTime? LastUsedAtUtc { get; set; }

    public DateTime? RevokedAtUtc { get; set; }
}
