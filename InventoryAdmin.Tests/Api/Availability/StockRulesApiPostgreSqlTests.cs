#if POSTGRESQL
using InventoryAdmin.Tests.Support.PostgreSql;

namespace InventoryAdmin.Tests.Api.Availability;

/// <summary>Every test of <see cref="StockRulesApiTests"/>, with the app on a PostgreSQL database of its own.</summary>
public sealed class StockRulesApiPostgreSqlTests() : StockRulesApiTests(PostgreSqlCluster.NewDatabaseName());
#endif
