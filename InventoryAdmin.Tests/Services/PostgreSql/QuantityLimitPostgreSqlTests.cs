#if POSTGRESQL
using InventoryAdmin.Tests.Support.PostgreSql;

namespace InventoryAdmin.Tests.Services.PostgreSql;

/// <summary>Every test of <see cref="InventoryAdmin.Tests.Services.Hardening.QuantityLimitTests"/>, on PostgreSQL.</summary>
public sealed class QuantityLimitPostgreSqlTests() : InventoryAdmin.Tests.Services.Hardening.QuantityLimitTests(new PostgreSqlInventoryStore());
#endif
