namespace InventoryAdmin.Domain.Model.Stock;

public enum StockChangeKind
{
    /// <summary>Sets an absolute On Hand.</summary>
    Refresh,
    /// <summary>Adds a signed delta.</summary>
    Adjust,
}
