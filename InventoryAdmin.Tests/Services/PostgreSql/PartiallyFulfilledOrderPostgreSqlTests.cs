#if POSTGRESQL
using InventoryAdmin.Tests.Support.PostgreSql;

namespace InventoryAdmin.Tests.Services.PostgreSql;

/// <summary>Every test of <see cref="InventoryAdmin.Tests.Services.Hardening.PartiallyFulfilledOrderTests"/>, on PostgreSQL.</summary>
public sealed class PartiallyFulfilledOrderPostgreSqlTests() : InventoryAdmin.Tests.Services.Hardening.PartiallyFulfilledOrderTests(new PostgreSqlInventoryStore());
#endif
