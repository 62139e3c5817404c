using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Configuration;

namespace InventoryAdmin.Domain.Store;

public static class InventoryDatabase
{
    public const string DefaultConnectionString = "Data Source=inventoryadmin.db";

    /// <summary>The folder a relative SQLite file name is resolved against (the folder of appsettings.json).</summary>
    public const string BaseDirectorySetting = "Inventory:BaseDirectory";

    public const string ProviderSetting = "Database:Provider";

    public static DatabaseProvider Provider(IConfiguration configuration) =>
        configuration[ProviderSetting] is not { Length: > 0 } name ? DatabaseProvider.Sqlite
        : Enum.TryParse<DatabaseProvider>(name.Trim(), ignoreCase: true, out var provider) && Enum.IsDefined(provider) ? provider
        : name.Trim().Equals("Postgres", StringComparison.OrdinalIgnoreCase) ? DatabaseProvider.PostgreSQL
        : throw new InvalidOperationException($"{ProviderSetting} is '{name}'; it must be Sqlite or PostgreSQL.");

    /// <summary>The engine of an EF provider (its <c>Database.ProviderName</c>).</summary>
    public static DatabaseProvider ProviderOf(string? efProviderName) =>
        efProviderName == "Npgsql.EntityFrameworkCore.PostgreSQL" ? DatabaseProvider.PostgreSQL : DatabaseProvider.Sqlite;

    public static string ConnectionString(IConfiguration configuration)
    {
        var configured = configuration.GetConnectionString(DomainServiceCollectionExtensions.ConnectionStringName);
        if (Provider(configuration) == DatabaseProvider.PostgreSQL)
            return string.IsNullOrWhiteSpace(configured)
                ? throw new InvalidOperationException(
                    $"{ProviderSetting} is PostgreSQL: set ConnectionStrings:{DomainServiceCollectionExtensions.ConnectionStringName} to the database, e.g. Host=127.0.0.1;Database=inventory;Username=inventory;Password=….")
                : configured;

        var builder = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(configured) ? DefaultConnectionString : configured);
        if (configuration[BaseDirectorySetting] is { Length: > 0 } baseDirectory && !Path.IsPathRooted(builder.DataSource)
            && builder.DataSource != ":memory:" && builder.Mode != SqliteOpenMode.Memory)
            builder.DataSource = Path.Combine(baseDirectory, builder.DataSource);
        return builder.ToString();
    }

    /// <summary>Points a context (the inventory store's or Identity's) at the configured engine, with that engine's migrations.</summary>
    public static DbContextOptionsBuilder Use(this DbContextOptionsBuilder options, IConfiguration configuration) =>
        options.Use(Provider(configuration), ConnectionString(configuration));

    /// <summary>As <see cref="Use(DbContextOptionsBuilder, IConfiguration)"/>, on connections that carry this instance's id (its change announcements).</summary>
    public static DbContextOptionsBuilder Use(this DbContextOptionsBuilder options, IConfiguration configuration, StoreInstance instance) =>
        options.Use(Provider(configuration), instance.Tag(Provider(configuration), ConnectionString(configuration)));

    public static DbContextOptionsBuilder Use(this DbContextOptionsBuilder options, DatabaseProvider provider, string connectionString) =>
        (provider == DatabaseProvider.PostgreSQL ? options.UseNpgsql(connectionString).AddInterceptors(PostgreSQL.NulTextGuard.Instance) : options.UseSqlite(connectionString))
        .ReplaceService<IMigrationsAssembly, ProviderMigrationsAssembly>();

    /// <summary>
    /// Creates or migrates the store. SQLite: switches the file to WAL, so readers never wait for a writer.
    /// PostgreSQL: creates the database when it is missing and the role may.
    /// </summary>
    public static async Task MigrateAsync(IDbContextFactory<InventoryDbContext> factory, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        await db.Database.MigrateAsync(ct);
        if (db.Database.IsSqlite()) await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
    }
}
