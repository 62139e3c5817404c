#if POSTGRESQL
using InventoryAdmin.Domain.Store;

namespace InventoryAdmin.Tests.Components;

/// <summary>Every test of <see cref="TraitComponentsTests"/>, over a PostgreSQL database of its own.</summary>
public sealed class TraitComponentsPostgreSqlTests() : TraitComponentsTests(DatabaseProvider.PostgreSQL);
#endif
