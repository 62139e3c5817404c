#if POSTGRESQL
using InventoryAdmin.Tests.Support.PostgreSql;

namespace InventoryAdmin.Tests.Services.PostgreSql;

/// <summary>Every test of <see cref="InventoryAdmin.Tests.Services.Stock.InventoryGridQueryTests"/>, on PostgreSQL.</summary>
public sealed class InventoryGridQueryPostgreSqlTests() : InventoryAdmin.Tests.Services.Stock.InventoryGridQueryTests(new PostgreSqlInventoryStore());
#endif
