#if POSTGRESQL
using InventoryAdmin.Tests.Support.PostgreSql;

namespace InventoryAdmin.Tests.Services.PostgreSql;

/// <summary>Every test of <see cref="InventoryAdmin.Tests.Domain.Stock.TagCatalogueSettingsTests"/>, on PostgreSQL.</summary>
public sealed class TagCatalogueSettingsPostgreSqlTests() : InventoryAdmin.Tests.Domain.Stock.TagCatalogueSettingsTests(new PostgreSqlInventoryStore());
#endif
