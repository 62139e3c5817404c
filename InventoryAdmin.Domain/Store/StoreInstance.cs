using InventoryAdmin.Domain.Store.PostgreSQL;
using Npgsql;

namespace InventoryAdmin.Domain.Store;

/// <summary>
/// This app instance, among the several that may share one PostgreSQL database: a random id, set on each of its
/// connections (<see cref="ChangeAnnouncements.InstanceSetting"/>) so that its own change announcements are known as its own.
/// </summary>
public sealed class StoreInstance
{
    public string Id { get; } = Guid.NewGuid().ToString("N")[..12];

    /// <summary>The connection string with this instance's id among its connection options (PostgreSQL only).</summary>
    public string Tag(DatabaseProvider provider, string connectionString)
    {
        if (provider != DatabaseProvider.PostgreSQL) return connectionString;
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        builder.Options = $"{builder.Options} -c {ChangeAnnouncements.InstanceSetting}={Id}".Trim();
        return builder.ConnectionString;
    }
}
