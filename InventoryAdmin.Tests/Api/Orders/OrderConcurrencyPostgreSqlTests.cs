#if POSTGRESQL
using InventoryAdmin.Tests.Support.PostgreSql;

namespace InventoryAdmin.Tests.Api.Orders;

/// <summary>
/// Every order race over real HTTP, with the app on PostgreSQL (READ COMMITTED, orders written in parallel
/// transactions): 64 orders for 50 units allocate exactly 50, an external id sent 10 times at once makes one order.
/// </summary>
public sealed class OrderConcurrencyPostgreSqlTests() : OrderConcurrencyTests(PostgreSqlCluster.NewDatabaseName());
#endif
