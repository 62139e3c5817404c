#if POSTGRESQL
using InventoryAdmin.Tests.Support.PostgreSql;

namespace InventoryAdmin.Tests.Api.Hardening;

/// <summary>Every test of <see cref="SearchTextAndKeyProblemTests"/>, with the app on a PostgreSQL database of its own.</summary>
public sealed class SearchTextAndKeyProblemPostgreSqlTests() : SearchTextAndKeyProblemTests(PostgreSqlCluster.NewDatabaseName());
#endif
