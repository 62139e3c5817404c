#if POSTGRESQL
using InventoryAdmin.Tests.Support.PostgreSql;

namespace InventoryAdmin.Tests.Browser;

/// <summary>Every test of <see cref="OrdersAndAllocationMonitorBrowserTests"/>, with the app on a PostgreSQL database of its own.</summary>
public sealed class OrdersAndAllocationMonitorBrowserPostgreSqlTests() : OrdersAndAllocationMonitorBrowserTests(PostgreSqlCluster.NewDatabaseName());
#endif
