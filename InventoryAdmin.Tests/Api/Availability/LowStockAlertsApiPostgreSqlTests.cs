#if POSTGRESQL
using InventoryAdmin.Tests.Support.PostgreSql;

namespace InventoryAdmin.Tests.Api.Availability;

/// <summary>Every test of <see cref="LowStockAlertsApiTests"/>, with the app on a PostgreSQL database of its own.</summary>
public sealed class LowStockAlertsApiPostgreSqlTests() : LowStockAlertsApiTests(PostgreSqlCluster.NewDatabaseName());
#endif
