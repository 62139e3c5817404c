#if POSTGRESQL
using InventoryAdmin.Domain.Store;

namespace InventoryAdmin.Tests.Components;

/// <summary>Every test of <see cref="InventoryGridTests"/>, over a PostgreSQL database of its own.</summary>
public sealed class InventoryGridPostgreSqlTests() : InventoryGridTests(DatabaseProvider.PostgreSQL);
#endif
