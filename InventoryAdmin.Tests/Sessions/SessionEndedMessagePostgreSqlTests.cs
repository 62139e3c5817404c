#if POSTGRESQL
using InventoryAdmin.Tests.Support.PostgreSql;

namespace InventoryAdmin.Tests.Sessions;

/// <summary>Every test of <see cref="SessionEndedMessageTests"/>, with the app on a PostgreSQL database of its own.</summary>
public sealed class SessionEndedMessagePostgreSqlTests() : SessionEndedMessageTests(PostgreSqlCluster.NewDatabaseName());
#endif
