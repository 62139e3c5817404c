namespace InventoryAdmin.Domain.Store;

/// <summary>The engine behind the store, from <c>Database:Provider</c>.</summary>
public enum DatabaseProvider
{
    /// <summary>The embedded default: one file next to appsettings.json.</summary>
    Sqlite,

    /// <summary>A server, for more than one box or instance.</summary>
    PostgreSQL,
}
