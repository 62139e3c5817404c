#if POSTGRESQL
using InventoryAdmin.Tests.Support.PostgreSql;

namespace InventoryAdmin.Tests.Api.Redistribution;

/// <summary>Every test of <see cref="RedistributionApiTests"/>, with the app on a PostgreSQL database of its own.</summary>
public sealed class RedistributionApiPostgreSqlTests() : RedistributionApiTests(PostgreSqlCluster.NewDatabaseName());
#endif
