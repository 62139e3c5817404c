#if POSTGRESQL
using InventoryAdmin.Tests.Support.PostgreSql;

namespace InventoryAdmin.Tests.Browser;

/// <summary>Every test of <see cref="ChannelAvailabilityBrowserTests"/>, with the app on a PostgreSQL database of its own.</summary>
public sealed class ChannelAvailabilityBrowserPostgreSqlTests() : ChannelAvailabilityBrowserTests(PostgreSqlCluster.NewDatabaseName());
#endif
