namespace InventoryAdmin.Domain.Services.Contracts;

/// <summary>A segment on the low-stock list: promisable at or below LowStockAt since Since (GET /api/v1/alerts/low-stock).</summary>
public sealed record LowStockAlertDto(string Sku, string LocationCode, IReadOnlyDictionary<string, string> Tags, int Available, int Promisable,
    int LowStockAt, DateTime Since, int SafetyStock = 0);
