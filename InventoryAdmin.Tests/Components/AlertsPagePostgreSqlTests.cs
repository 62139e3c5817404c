#if POSTGRESQL
using InventoryAdmin.Domain.Store;

namespace InventoryAdmin.Tests.Components;

/// <summary>Every test of <see cref="AlertsPageTests"/>, over a PostgreSQL database of its own.</summary>
public sealed class AlertsPagePostgreSqlTests() : AlertsPageTests(DatabaseProvider.PostgreSQL);
#endif
