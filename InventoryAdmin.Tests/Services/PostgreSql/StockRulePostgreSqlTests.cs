#if POSTGRESQL
using InventoryAdmin.Tests.Services.Availability;
using InventoryAdmin.Tests.Support.PostgreSql;

namespace InventoryAdmin.Tests.Services.PostgreSql;

/// <summary>Every stock rule test, on PostgreSQL.</summary>
public sealed class StockRulePostgreSqlTests() : StockRuleServiceTests(new PostgreSqlInventoryStore());
#endif
