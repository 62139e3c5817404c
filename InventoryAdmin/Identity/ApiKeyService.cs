using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using InventoryAdmin.Domain.Model;
using InventoryAdmin.Domain.Services;
using Microsoft.EntityFrameworkCore;

namespace InventoryAdmin.Identity;

/// <summary>Creates, lists, revokes and checks API keys. Keys are random 256-bit secrets stored as SHA-256.</summary>
/// <remarks>
/// A key found valid is trusted for <see cref="CheckedFor"/> without asking the store again, so an integration
/// sending many requests (orders, POS pulls) does not pay a database read for each. A revoke here drops every
/// trusted key at once; so does a revoke (or role change) announced by another app instance on the same PostgreSQL
/// database (<see cref="InventoryChangeArea.ApiKeys"/>), within milliseconds of its commit.
/// </remarks>
public sealed class ApiKeyService
{
    public const string BootstrapKeySetting = "Api:BootstrapKey";
    public static readonly TimeSpan CheckedFor = TimeSpan.FromSeconds(10);
    private const string SecretPrefix = "ia_";
    private const int MaxTrusted = 1_000;
    private readonly ConcurrentDictionary<string, (ApiKeyIdentity Identity, DateTime CheckedAtUtc)> trusted = new(StringComparer.Ordinal);
    private readonly IDbContextFactory<AppIdentityDbContext> dbFactory;
    private readonly IConfiguration configuration;
    private readonly TimeProvider clock;
    private readonly InventoryChanges changes;

    public ApiKeyService(IDbContextFactory<AppIdentityDbContext> dbFactory, IConfiguration configuration, TimeProvider clock, InventoryChanges changes)
    {
        this.dbFactory = dbFactory;
        this.configuration = configuration;
        this.clock = clock;
        this.changes = changes;
        changes.Changed += change =>
        {
            if (change.Area == InventoryChangeArea.ApiKeys) trusted.Clear();
        };
    }

    public async Task<IReadOnlyList<ApiKeyDto>> ListAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var keys = await db.ApiKeys.AsNoTracking().OrderBy(k => k.RevokedAtUtc != null).ThenBy(k => k.Name).ToListAsync(ct);
        return keys.Select(ApiKeyDto.From).ToList();
    }

    public async Task<CreatedApiKey> CreateAsync(string? name, string? role, string createdBy, CancellationToken ct = default)
    {
        var trimmed = name?.Trim() ?? "";
        var errors = new Dictionary<string, string[]>();
        if (trimmed.Length == 0) errors["name"] = ["Name the key after the system that will use it."];
        else if (trimmed.Length > 100) errors["name"] = ["Name must be at most 100 characters."];
        if (role is null || !Roles.ForKeys.Contains(role)) errors["role"] = [$"Role must be one of {string.Join(", ", Roles.ForKeys)}."];
        if (errors.Count > 0) throw new InventoryRuleException(string.Join(" ", errors.Values.SelectMany(e => e)), errors);

        var secret = SecretPrefix + Base64Url(RandomNumberGenerator.GetBytes(32));
        var key = new ApiKey
        {
            Name = trimmed,
            Prefix = secret[..10],
            Hash = HashOf(secret),
            Role = role!,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
            CreatedBy = createdBy,
        };
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.ApiKeys.Add(key);
        await db.SaveChangesAsync(ct);
        return new CreatedApiKey(ApiKeyDto.From(key), secret);
    }

    public async Task<ApiKeyDto> RevokeAsync(int id, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var key = await db.ApiKeys.FindAsync([id], ct)
            ?? throw InventoryRuleException.NotFound("id", $"There is no API key with id {id}.");
        key.RevokedAtUtc ??= clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        trusted.Clear();
        return ApiKeyDto.From(key);
    }

    /// <summary>The identity behind a presented key, or null when it is unknown or revoked.</summary>
    public async Task<ApiKeyIdentity?> AuthenticateAsync(string presented, CancellationToken ct = default)
    {
        var hash = HashOf(presented);
        if (configuration[BootstrapKeySetting] is { Length: > 0 } bootstrap &&
            CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(hash), Encoding.ASCII.GetBytes(HashOf(bootstrap))))
            return new ApiKeyIdentity("bootstrap", Roles.Admin);

        var now = clock.GetUtcNow().UtcDateTime;
        if (trusted.TryGetValue(hash, out var kept) && now - kept.CheckedAtUtc < CheckedFor && now >= kept.CheckedAtUtc && changes.HearsEveryChange)
            return kept.Identity;

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var key = await db.ApiKeys.FirstOrDefaultAsync(k => k.Hash == hash && k.RevokedAtUtc == null, ct);
        if (key is null)
        {
            trusted.TryRemove(hash, out _);
            return null;
        }

        if (key.LastUsedAtUtc is null || now - key.LastUsedAtUtc > TimeSpan.FromMinutes(1))
        {
            key.LastUsedAtUtc = now;
            await db.SaveChangesAsync(ct);
        }

        var identity = new ApiKeyIdentity(key.Name, key.Role);
        if (trusted.Count >= MaxTrusted) trusted.Clear();
        trusted[hash] = (identity, now);
        return identity;
    }

    internal static string HashOf(string secret) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
