namespace InventoryAdmin.Domain.Services.Contracts;

/// <summary>What a replay of the ledger found: how much it checked and every difference (up to a limit).</summary>
public sealed record LedgerReplayReport(DateTime CheckedAtUtc, long Movements, long StockRows, long Records, IReadOnlyList<LedgerDifference> Differences)
{
    public bool Consistent => Differences.Count == 0;
}
