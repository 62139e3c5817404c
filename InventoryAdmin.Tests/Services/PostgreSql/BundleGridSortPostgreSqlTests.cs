#if POSTGRESQL
using InventoryAdmin.Tests.Support.PostgreSql;

namespace InventoryAdmin.Tests.Services.PostgreSql;

/// <summary>Every test of <see cref="InventoryAdmin.Tests.Services.Bundles.BundleGridSortTests"/>, on PostgreSQL.</summary>
public sealed class BundleGridSortPostgreSqlTests() : InventoryAdmin.Tests.Services.Bundles.BundleGridSortTests(new PostgreSqlInventoryStore());
#endif
