#if POSTGRESQL
using InventoryAdmin.Tests.Support.PostgreSql;

namespace InventoryAdmin.Tests.Services.PostgreSql;

/// <summary>Every test of <see cref="InventoryAdmin.Tests.Domain.Stock.TagCatalogueTests"/>, on PostgreSQL.</summary>
public sealed class TagCataloguePostgreSqlTests() : InventoryAdmin.Tests.Domain.Stock.TagCatalogueTests(new PostgreSqlInventoryStore());
#endif
