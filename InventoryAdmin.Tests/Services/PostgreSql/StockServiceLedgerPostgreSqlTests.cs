#if POSTGRESQL
using InventoryAdmin.Tests.Services.Stock;
using InventoryAdmin.Tests.Support.PostgreSql;

namespace InventoryAdmin.Tests.Services.PostgreSql;

/// <summary>Every test of <see cref="StockServiceLedgerTests"/>, on PostgreSQL.</summary>
public sealed class StockServiceLedgerPostgreSqlTests() : StockServiceLedgerTests(new PostgreSqlInventoryStore());
#endif
