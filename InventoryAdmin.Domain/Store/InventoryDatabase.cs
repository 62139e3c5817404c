using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace InventoryAdmin.Domain.Store;

public static class InventoryDatabase
{
    public const string DefaultConnectionString = "Data Source=inventoryadmin.db";

    /// <summary>The folder a relative SQLite file name is resolved against (the folder of appsettings.json).</summary>
    public const string BaseDirectorySetting = "Inventory:BaseDirectory";

    public static string ConnectionString(IConfiguration configuration)
    {
        var configured = configuration.GetConnectionString(DomainServiceCollectionExtensions.ConnectionStringName);
        var builder = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(configured) ? DefaultConnectionString : configured);
        if (configuration[BaseDirectorySetting] is { Length: > 0 } baseDirectory && !Path.IsPathRooted(builder.DataSource)
            && builder.DataSource != ":memory:" && builder.Mode != SqliteOpenMode.Memory)
            builder.DataSource = Path.Combine(baseDirectory, builder.DataSource);
        return builder.ToString();
    }

    /// <summary>Creates or migrates the store and switches the file to WAL, so readers never wait for a writer.</summary>
    public static async Task MigrateAsync(IDbContextFactory<InventoryDbContext> factory, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        await db.Database.MigrateAsync(ct);
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
    }
}
