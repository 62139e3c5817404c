#if POSTGRESQL
using InventoryAdmin.Domain.Store;

namespace InventoryAdmin.Tests.Components;

/// <summary>Every test of <see cref="SearchBoxTests"/>, over a PostgreSQL database of its own.</summary>
public sealed class SearchBoxPostgreSqlTests() : SearchBoxTests(DatabaseProvider.PostgreSQL);
#endif
