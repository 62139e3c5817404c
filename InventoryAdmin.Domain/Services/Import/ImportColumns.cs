namespace InventoryAdmin.Domain.Services.Import;

/// <summary>The column names a stock CSV may use besides tag names (matched case-insensitively).</summary>
internal static class ImportColumns
{
    public const string Sku = "sku";
    public const string Upc = "upc";
    public const string LocationCode = "locationCode";
    public const string Quantity = "quantity";
    public const string StorageLocation = "storageLocation";

    public static readonly IReadOnlyList<string> Known = [Sku, Upc, LocationCode, Quantity, StorageLocation];
}
