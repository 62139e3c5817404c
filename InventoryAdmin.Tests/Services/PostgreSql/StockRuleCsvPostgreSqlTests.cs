#if POSTGRESQL
using InventoryAdmin.Tests.Support.PostgreSql;

namespace InventoryAdmin.Tests.Services.PostgreSql;

/// <summary>Every test of <see cref="InventoryAdmin.Tests.Services.Availability.StockRuleCsvTests"/>, on PostgreSQL.</summary>
public sealed class StockRuleCsvPostgreSqlTests() : InventoryAdmin.Tests.Services.Availability.StockRuleCsvTests(new PostgreSqlInventoryStore());
#endif
