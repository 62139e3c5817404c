#if POSTGRESQL
using InventoryAdmin.Tests.Support.PostgreSql;

namespace InventoryAdmin.Tests.Services.PostgreSql;

/// <summary>Every test of <see cref="InventoryAdmin.Tests.Services.TagServiceDeleteTests"/>, on PostgreSQL.</summary>
public sealed class TagServiceDeletePostgreSqlTests() : InventoryAdmin.Tests.Services.TagServiceDeleteTests(new PostgreSqlInventoryStore());
#endif
