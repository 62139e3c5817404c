using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace InventoryAdmin.Domain.Store;

public static class InventoryDatabase
{
    public const string DefaultConnectionString = "Data Source=inventoryadmin.db";

    public static string ConnectionString(IConfiguration configuration) =>
        configuration.GetConnectionString(DomainServiceCollectionExtensions.ConnectionStringName) is { Length: > 0 } cs
            ? cs
            : DefaultConnectionString;

    /// <summary>Creates or migrates the store and switches the file to WAL, so readers never wait for a writer.</summary>
    public static async Task MigrateAsync(IDbContextFactory<InventoryDbContext> factory, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        await db.Database.MigrateAsync(ct);
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
    }
}
