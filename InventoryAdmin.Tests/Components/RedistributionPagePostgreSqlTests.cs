#if POSTGRESQL
using InventoryAdmin.Domain.Store;

namespace InventoryAdmin.Tests.Components;

/// <summary>Every test of <see cref="RedistributionPageTests"/>, over a PostgreSQL database of its own.</summary>
public sealed class RedistributionPagePostgreSqlTests() : RedistributionPageTests(DatabaseProvider.PostgreSQL);
#endif
