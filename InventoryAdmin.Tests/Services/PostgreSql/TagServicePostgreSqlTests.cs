#if POSTGRESQL
using InventoryAdmin.Tests.Support.PostgreSql;

namespace InventoryAdmin.Tests.Services.PostgreSql;

/// <summary>Every tag service test, on PostgreSQL.</summary>
public sealed class TagServicePostgreSqlTests() : TagServiceTests(new PostgreSqlInventoryStore());
#endif
