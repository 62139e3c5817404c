#if POSTGRESQL
using InventoryAdmin.Tests.Support.PostgreSql;

namespace InventoryAdmin.Tests.Services.PostgreSql;

/// <summary>Every test of <see cref="InventoryAdmin.Tests.Services.Hardening.TextHygieneTests"/>, on PostgreSQL.</summary>
public sealed class TextHygienePostgreSqlTests() : InventoryAdmin.Tests.Services.Hardening.TextHygieneTests(new PostgreSqlInventoryStore());
#endif
