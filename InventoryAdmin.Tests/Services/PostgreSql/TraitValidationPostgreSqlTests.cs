#if POSTGRESQL
using InventoryAdmin.Tests.Support.PostgreSql;

namespace InventoryAdmin.Tests.Services.PostgreSql;

/// <summary>Every test of <see cref="InventoryAdmin.Tests.Services.Traits.TraitValidationTests"/>, on PostgreSQL.</summary>
public sealed class TraitValidationPostgreSqlTests() : InventoryAdmin.Tests.Services.Traits.TraitValidationTests(new PostgreSqlInventoryStore());
#endif
