#if POSTGRESQL
using InventoryAdmin.Tests.Support.PostgreSql;

namespace InventoryAdmin.Tests.Services.PostgreSql;

/// <summary>Every test of <see cref="InventoryAdmin.Tests.Services.Bundles.BundleChannelAvailabilityTests"/>, on PostgreSQL.</summary>
public sealed class BundleChannelAvailabilityPostgreSqlTests() : InventoryAdmin.Tests.Services.Bundles.BundleChannelAvailabilityTests(new PostgreSqlInventoryStore());
#endif
