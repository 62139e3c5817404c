#if POSTGRESQL
using InventoryAdmin.Tests.Support.PostgreSql;

namespace InventoryAdmin.Tests.Api.Import;

/// <summary>Every test of <see cref="StockImportApiTests"/>, with the app on a PostgreSQL database of its own.</summary>
public sealed class StockImportApiPostgreSqlTests() : StockImportApiTests(PostgreSqlCluster.NewDatabaseName());
#endif
