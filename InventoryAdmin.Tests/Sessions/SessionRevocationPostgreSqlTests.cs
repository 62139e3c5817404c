#if POSTGRESQL
using InventoryAdmin.Tests.Support.PostgreSql;

namespace InventoryAdmin.Tests.Sessions;

/// <summary>Every test of <see cref="SessionRevocationTests"/>, with the app on a PostgreSQL database of its own.</summary>
public sealed class SessionRevocationPostgreSqlTests() : SessionRevocationTests(PostgreSqlCluster.NewDatabaseName());
#endif
