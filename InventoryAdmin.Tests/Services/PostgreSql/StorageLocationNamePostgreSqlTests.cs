#if POSTGRESQL
using InventoryAdmin.Tests.Support.PostgreSql;

namespace InventoryAdmin.Tests.Services.PostgreSql;

/// <summary>Every test of <see cref="InventoryAdmin.Tests.Services.Traits.StorageLocationNameTests"/>, on PostgreSQL.</summary>
public sealed class StorageLocationNamePostgreSqlTests() : InventoryAdmin.Tests.Services.Traits.StorageLocationNameTests(new PostgreSqlInventoryStore());
#endif
