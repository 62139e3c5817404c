#if POSTGRESQL
using InventoryAdmin.Tests.Support.PostgreSql;

namespace InventoryAdmin.Tests.Api.Inventory;

/// <summary>Every test of <see cref="InventoryRecordApiTests"/>, with the app on a PostgreSQL database of its own.</summary>
public sealed class InventoryRecordApiPostgreSqlTests() : InventoryRecordApiTests(PostgreSqlCluster.NewDatabaseName());
#endif
