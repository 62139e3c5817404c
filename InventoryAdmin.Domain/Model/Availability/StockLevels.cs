namespace InventoryAdmin.Domain.Model.Availability;

/// <summary>A segment's safety stock (0 without a rule) and low-stock threshold (null: no alert for it).</summary>
public readonly record struct StockLevels(int SafetyStock, int? LowStockAt)
{
    public static readonly StockLevels None = new(0, null);

    /// <summary>What channels should publish: available less the units held back (SPEC §10).</summary>
    public int Promisable(int available) => Math.Max(0, available - SafetyStock);

    /// <summary>On the alerts list: a threshold is set and promisable is at or below it.</summary>
    public bool IsLow(int available) => LowStockAt is { } at && Promisable(available) <= at;
}
