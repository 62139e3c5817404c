namespace InventoryAdmin.Domain.Services.Contracts;

/// <summary>How many lines were applied and how many ledger movements they wrote.</summary>
public sealed record StockChangeResult(int Applied, int Movements);
