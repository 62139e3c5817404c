#if POSTGRESQL
using InventoryAdmin.Tests.Support.PostgreSql;

namespace InventoryAdmin.Tests.Api;

/// <summary>Every test of <see cref="TagsApiTests"/>, with the app on a PostgreSQL database of its own.</summary>
public sealed class TagsApiPostgreSqlTests() : TagsApiTests(PostgreSqlCluster.NewDatabaseName());
#endif
