#if POSTGRESQL
using InventoryAdmin.Tests.Support.PostgreSql;

namespace InventoryAdmin.Tests.Services.PostgreSql;

/// <summary>Every test of <see cref="InventoryAdmin.Tests.Services.Ledger.LedgerReplayServiceTests"/>, on PostgreSQL.</summary>
public sealed class LedgerReplayServicePostgreSqlTests() : InventoryAdmin.Tests.Services.Ledger.LedgerReplayServiceTests(new PostgreSqlInventoryStore());
#endif
