#if POSTGRESQL
using InventoryAdmin.Tests.Support.PostgreSql;

namespace InventoryAdmin.Tests.Services.PostgreSql;

/// <summary>Every test of <see cref="InventoryAdmin.Tests.Services.TagDeletionCheckAndSwitchPreviewTests"/>, on PostgreSQL.</summary>
public sealed class TagDeletionCheckAndSwitchPreviewPostgreSqlTests() : InventoryAdmin.Tests.Services.TagDeletionCheckAndSwitchPreviewTests(new PostgreSqlInventoryStore());
#endif
