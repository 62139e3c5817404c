#if POSTGRESQL
using InventoryAdmin.Tests.Services.Availability;
using InventoryAdmin.Tests.Support.PostgreSql;

namespace InventoryAdmin.Tests.Services.PostgreSql;

/// <summary>Every low-stock tracker test, on PostgreSQL.</summary>
public sealed class LowStockTrackerPostgreSqlTests() : LowStockTrackerTests(new PostgreSqlInventoryStore());
#endif
