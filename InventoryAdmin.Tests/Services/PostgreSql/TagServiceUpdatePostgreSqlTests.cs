#if POSTGRESQL
using InventoryAdmin.Tests.Support.PostgreSql;

namespace InventoryAdmin.Tests.Services.PostgreSql;

/// <summary>Every test of <see cref="InventoryAdmin.Tests.Services.TagServiceUpdateTests"/>, on PostgreSQL.</summary>
public sealed class TagServiceUpdatePostgreSqlTests() : InventoryAdmin.Tests.Services.TagServiceUpdateTests(new PostgreSqlInventoryStore());
#endif
