#if POSTGRESQL
using InventoryAdmin.Tests.Support.PostgreSql;

namespace InventoryAdmin.Tests.Api.Traits;

/// <summary>Every test of <see cref="StorageLocationsApiTests"/>, with the app on a PostgreSQL database of its own.</summary>
public sealed class StorageLocationsApiPostgreSqlTests() : StorageLocationsApiTests(PostgreSqlCluster.NewDatabaseName());
#endif
