#if POSTGRESQL
using InventoryAdmin.Tests.Services.Bundles;
using InventoryAdmin.Tests.Services.Orders;
using InventoryAdmin.Tests.Services.Redistribution;
using InventoryAdmin.Tests.Support.PostgreSql;

namespace InventoryAdmin.Tests.Services.PostgreSql;

/// <summary>Every MonitorAndPos test, on PostgreSQL.</summary>
public sealed class MonitorAndPosPostgreSqlTests() : MonitorAndPosTests(new PostgreSqlInventoryStore());

/// <summary>Every OrderHistory test, on PostgreSQL.</summary>
public sealed class OrderHistoryPostgreSqlTests() : OrderHistoryTests(new PostgreSqlInventoryStore());

/// <summary>Every OrderReturn test, on PostgreSQL.</summary>
public sealed class OrderReturnPostgreSqlTests() : OrderReturnTests(new PostgreSqlInventoryStore());

/// <summary>Every OrderRouting test, on PostgreSQL.</summary>
public sealed class OrderRoutingPostgreSqlTests() : OrderRoutingTests(new PostgreSqlInventoryStore());

/// <summary>Every OrderSettlement test, on PostgreSQL.</summary>
public sealed class OrderSettlementPostgreSqlTests() : OrderSettlementTests(new PostgreSqlInventoryStore());

/// <summary>Every OrderTag test, on PostgreSQL.</summary>
public sealed class OrderTagPostgreSqlTests() : OrderTagTests(new PostgreSqlInventoryStore());

/// <summary>Every ShortSegment test, on PostgreSQL.</summary>
public sealed class ShortSegmentPostgreSqlTests() : ShortSegmentTests(new PostgreSqlInventoryStore());

/// <summary>Every BundleAllocation test, on PostgreSQL.</summary>
public sealed class BundleAllocationPostgreSqlTests() : BundleAllocationTests(new PostgreSqlInventoryStore());

/// <summary>Every RedistributionJob test, on PostgreSQL.</summary>
public sealed class RedistributionJobPostgreSqlTests() : RedistributionJobTests(new PostgreSqlInventoryStore());

/// <summary>Every RedistributionTarget test, on PostgreSQL.</summary>
public sealed class RedistributionTargetPostgreSqlTests() : RedistributionTargetTests(new PostgreSqlInventoryStore());

/// <summary>Every RedistributionLifecycle test, on PostgreSQL.</summary>
public sealed class RedistributionLifecyclePostgreSqlTests() : RedistributionLifecycleTests(new PostgreSqlInventoryStore());
/// <summary>The concurrent run of orders, settlements, returns and adjusts, on PostgreSQL.</summary>
public sealed class ConcurrentOrdersAndStockPostgreSqlTests() : ConcurrentOrdersAndStockTests(new PostgreSqlInventoryStore());
/// <summary>The demo seed (tags, products, stock, the bundle, storage locations, orders), on PostgreSQL.</summary>
public sealed class DemoDataSeederPostgreSqlTests() : InventoryAdmin.Tests.Services.DemoDataSeederTests(new PostgreSqlInventoryStore());
#endif
