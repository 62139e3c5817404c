#if POSTGRESQL
using InventoryAdmin.Tests.Support.PostgreSql;

namespace InventoryAdmin.Tests.Services.PostgreSql;

/// <summary>Every test of <see cref="InventoryAdmin.Tests.Services.Stock.InventoryQueryServiceTests"/>, on PostgreSQL.</summary>
public sealed class InventoryQueryServicePostgreSqlTests() : InventoryAdmin.Tests.Services.Stock.InventoryQueryServiceTests(new PostgreSqlInventoryStore());
#endif
