#if POSTGRESQL
using InventoryAdmin.Tests.Support.PostgreSql;

namespace InventoryAdmin.Tests.Api.Bundles;

/// <summary>Every test of <see cref="BundleApiTests"/>, with the app on a PostgreSQL database of its own.</summary>
public sealed class BundleApiPostgreSqlTests() : BundleApiTests(PostgreSqlCluster.NewDatabaseName());
#endif
