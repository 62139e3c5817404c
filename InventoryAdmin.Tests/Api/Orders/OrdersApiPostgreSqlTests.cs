#if POSTGRESQL
using InventoryAdmin.Tests.Support.PostgreSql;

namespace InventoryAdmin.Tests.Api.Orders;

/// <summary>Every test of <see cref="OrdersApiTests"/>, with the app on a PostgreSQL database of its own.</summary>
public sealed class OrdersApiPostgreSqlTests() : OrdersApiTests(PostgreSqlCluster.NewDatabaseName());
#endif
