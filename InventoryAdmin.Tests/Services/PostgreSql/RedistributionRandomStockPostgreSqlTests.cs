#if POSTGRESQL
using InventoryAdmin.Tests.Support.PostgreSql;

namespace InventoryAdmin.Tests.Services.PostgreSql;

/// <summary>Every test of <see cref="InventoryAdmin.Tests.Services.Redistribution.RedistributionRandomStockTests"/>, on PostgreSQL.</summary>
public sealed class RedistributionRandomStockPostgreSqlTests() : InventoryAdmin.Tests.Services.Redistribution.RedistributionRandomStockTests(new PostgreSqlInventoryStore());
#endif
