#if POSTGRESQL
using InventoryAdmin.Tests.Support.PostgreSql;

namespace InventoryAdmin.Tests.Services.PostgreSql;

/// <summary>Every test of <see cref="InventoryAdmin.Tests.Services.InventorySettingsServiceTests"/>, on PostgreSQL.</summary>
public sealed class InventorySettingsServicePostgreSqlTests() : InventoryAdmin.Tests.Services.InventorySettingsServiceTests(new PostgreSqlInventoryStore());
#endif
