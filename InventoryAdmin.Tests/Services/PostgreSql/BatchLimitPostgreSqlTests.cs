#if POSTGRESQL
using InventoryAdmin.Tests.Support.PostgreSql;

namespace InventoryAdmin.Tests.Services.PostgreSql;

/// <summary>Every test of <see cref="InventoryAdmin.Tests.Services.Hardening.BatchLimitTests"/>, on PostgreSQL.</summary>
public sealed class BatchLimitPostgreSqlTests() : InventoryAdmin.Tests.Services.Hardening.BatchLimitTests(new PostgreSqlInventoryStore());
#endif
