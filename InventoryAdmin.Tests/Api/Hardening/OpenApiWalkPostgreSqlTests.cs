#if POSTGRESQL
using InventoryAdmin.Tests.Support.PostgreSql;
using Xunit.Abstractions;

namespace InventoryAdmin.Tests.Api.Hardening;

/// <summary>Every test of <see cref="OpenApiWalkTests"/>, with the app on a PostgreSQL database of its own.</summary>
public sealed class OpenApiWalkPostgreSqlTests(ITestOutputHelper output) : OpenApiWalkTests(output, PostgreSqlCluster.NewDatabaseName());
#endif
