#if POSTGRESQL
using InventoryAdmin.Tests.Support.PostgreSql;

namespace InventoryAdmin.Tests.Services.PostgreSql;

/// <summary>Every test of <see cref="InventoryAdmin.Tests.Services.Hardening.PagingTests"/>, on PostgreSQL.</summary>
public sealed class PagingPostgreSqlTests() : InventoryAdmin.Tests.Services.Hardening.PagingTests(new PostgreSqlInventoryStore());
#endif
