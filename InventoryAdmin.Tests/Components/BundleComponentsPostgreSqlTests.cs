#if POSTGRESQL
using InventoryAdmin.Domain.Store;

namespace InventoryAdmin.Tests.Components;

/// <summary>Every test of <see cref="BundleComponentsTests"/>, over a PostgreSQL database of its own.</summary>
public sealed class BundleComponentsPostgreSqlTests() : BundleComponentsTests(DatabaseProvider.PostgreSQL);
#endif
