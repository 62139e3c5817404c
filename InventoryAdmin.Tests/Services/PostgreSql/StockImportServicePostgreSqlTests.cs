#if POSTGRESQL
using InventoryAdmin.Tests.Support.PostgreSql;

namespace InventoryAdmin.Tests.Services.PostgreSql;

/// <summary>Every test of <see cref="InventoryAdmin.Tests.Services.Import.StockImportServiceTests"/>, on PostgreSQL.</summary>
public sealed class StockImportServicePostgreSqlTests() : InventoryAdmin.Tests.Services.Import.StockImportServiceTests(new PostgreSqlInventoryStore());
#endif
