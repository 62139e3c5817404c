#if POSTGRESQL
using InventoryAdmin.Tests.Support.PostgreSql;
using Xunit.Abstractions;

namespace InventoryAdmin.Tests.Api.Availability;

/// <summary><see cref="AvailabilityChangesUnderWritersApiTests"/> with the app on a PostgreSQL database of its own, where commits really overlap.</summary>
public sealed class AvailabilityChangesUnderWritersApiPostgreSqlTests(ITestOutputHelper output)
    : AvailabilityChangesUnderWritersApiTests(output, PostgreSqlCluster.NewDatabaseName());
#endif
