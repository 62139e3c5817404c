#if POSTGRESQL
using InventoryAdmin.Tests.Services.Availability;
using InventoryAdmin.Tests.Support.PostgreSql;

namespace InventoryAdmin.Tests.Services.PostgreSql;

/// <summary>Every delta feed test, on PostgreSQL (concurrent writers: the trap test races two commits).</summary>
public sealed class AvailabilityChangesPostgreSqlTests() : AvailabilityChangesTests(new PostgreSqlInventoryStore());
#endif
