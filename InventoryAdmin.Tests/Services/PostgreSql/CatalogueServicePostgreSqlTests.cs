#if POSTGRESQL
using InventoryAdmin.Tests.Services.Stock;
using InventoryAdmin.Tests.Support.PostgreSql;

namespace InventoryAdmin.Tests.Services.PostgreSql;

/// <summary>Every catalogue service test, on PostgreSQL.</summary>
public sealed class CatalogueServicePostgreSqlTests() : CatalogueServiceTests(new PostgreSqlInventoryStore());
#endif
