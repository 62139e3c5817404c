#if POSTGRESQL
using InventoryAdmin.Tests.Support.PostgreSql;

namespace InventoryAdmin.Tests.Services.PostgreSql;

/// <summary>Every test of <see cref="InventoryAdmin.Tests.Services.Bundles.BundleFiguresTests"/>, on PostgreSQL.</summary>
public sealed class BundleFiguresPostgreSqlTests() : InventoryAdmin.Tests.Services.Bundles.BundleFiguresTests(new PostgreSqlInventoryStore());
#endif
