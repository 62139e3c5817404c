#if POSTGRESQL
using InventoryAdmin.Domain.Store;

namespace InventoryAdmin.Tests.Components;

/// <summary>Every test of <see cref="OrdersAndAllocationMonitorComponentTests"/>, over a PostgreSQL database of its own.</summary>
public sealed class OrdersAndAllocationMonitorComponentPostgreSqlTests() : OrdersAndAllocationMonitorComponentTests(DatabaseProvider.PostgreSQL);
#endif
