#if POSTGRESQL
using InventoryAdmin.Tests.Services.Stock;
using InventoryAdmin.Tests.Support.PostgreSql;

namespace InventoryAdmin.Tests.Services.PostgreSql;

/// <summary>Every stock service test, on PostgreSQL.</summary>
public sealed class StockServicePostgreSqlTests() : StockServiceTests(new PostgreSqlInventoryStore());

/// <summary>The big refresh while orders reserve from its records, on PostgreSQL.</summary>
public sealed class StockBatchWhileOrdersPostgreSqlTests() : StockBatchWhileOrdersTests(new PostgreSqlInventoryStore());
#endif
