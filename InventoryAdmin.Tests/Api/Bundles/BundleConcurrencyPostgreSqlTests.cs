#if POSTGRESQL
using InventoryAdmin.Tests.Support.PostgreSql;

namespace InventoryAdmin.Tests.Api.Bundles;

/// <summary>Every test of <see cref="BundleConcurrencyTests"/>, with the app on a PostgreSQL database of its own.</summary>
public sealed class BundleConcurrencyPostgreSqlTests() : BundleConcurrencyTests(PostgreSqlCluster.NewDatabaseName());
#endif
