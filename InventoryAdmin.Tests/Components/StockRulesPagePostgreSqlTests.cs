#if POSTGRESQL
using InventoryAdmin.Domain.Store;

namespace InventoryAdmin.Tests.Components;

/// <summary>Every test of <see cref="StockRulesPageTests"/>, over a PostgreSQL database of its own.</summary>
public sealed class StockRulesPagePostgreSqlTests() : StockRulesPageTests(DatabaseProvider.PostgreSQL);
#endif
