#if POSTGRESQL
using InventoryAdmin.Tests.Support.PostgreSql;

namespace InventoryAdmin.Tests.Api.Inventory;

/// <summary>Every test of <see cref="InventoryRolesTests"/>, with the app on a PostgreSQL database of its own.</summary>
public sealed class InventoryRolesPostgreSqlTests() : InventoryRolesTests(PostgreSqlCluster.NewDatabaseName());
#endif
