#if POSTGRESQL
using InventoryAdmin.Domain.Store;

namespace InventoryAdmin.Tests.Components;

/// <summary>Every test of <see cref="DialogTextRulesTests"/>, over a PostgreSQL database of its own.</summary>
public sealed class DialogTextRulesPostgreSqlTests() : DialogTextRulesTests(DatabaseProvider.PostgreSQL);
#endif
