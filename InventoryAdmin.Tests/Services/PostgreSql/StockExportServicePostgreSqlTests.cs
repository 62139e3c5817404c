#if POSTGRESQL
using InventoryAdmin.Tests.Support.PostgreSql;

namespace InventoryAdmin.Tests.Services.PostgreSql;

/// <summary>Every test of <see cref="InventoryAdmin.Tests.Services.Import.StockExportServiceTests"/>, on PostgreSQL.</summary>
public sealed class StockExportServicePostgreSqlTests() : InventoryAdmin.Tests.Services.Import.StockExportServiceTests(new PostgreSqlInventoryStore());
#endif
