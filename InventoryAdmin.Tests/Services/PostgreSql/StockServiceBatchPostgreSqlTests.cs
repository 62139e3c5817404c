#if POSTGRESQL
using InventoryAdmin.Tests.Support.PostgreSql;

namespace InventoryAdmin.Tests.Services.PostgreSql;

/// <summary>Every test of <see cref="InventoryAdmin.Tests.Services.Stock.StockServiceBatchTests"/>, on PostgreSQL.</summary>
public sealed class StockServiceBatchPostgreSqlTests() : InventoryAdmin.Tests.Services.Stock.StockServiceBatchTests(new PostgreSqlInventoryStore());
#endif
