#if POSTGRESQL
using InventoryAdmin.Domain.Store;

namespace InventoryAdmin.Tests.Components;

/// <summary>Every test of <see cref="StockUpdateDialogTests"/>, over a PostgreSQL database of its own.</summary>
public sealed class StockUpdateDialogPostgreSqlTests() : StockUpdateDialogTests(DatabaseProvider.PostgreSQL);
#endif
