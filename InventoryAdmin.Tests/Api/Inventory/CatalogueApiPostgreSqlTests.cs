#if POSTGRESQL
using InventoryAdmin.Tests.Support.PostgreSql;

namespace InventoryAdmin.Tests.Api.Inventory;

/// <summary>Every test of <see cref="CatalogueApiTests"/>, with the app on a PostgreSQL database of its own.</summary>
public sealed class CatalogueApiPostgreSqlTests() : CatalogueApiTests(PostgreSqlCluster.NewDatabaseName());
#endif
