namespace InventoryAdmin.Identity;

/// <summary>The roles of SPEC: people's roles and the roles an API key can carry.</summary>
public static class Roles
{
    public const string Merchandiser = "Merchandiser";
    public const string WarehouseManager = "WarehouseManager";
    public const string Admin = "Admin";

    public static readonly IReadOnlyList<string> All = [Merchandiser, WarehouseManager, Admin];

    /// <summary>For [Authorize(Roles = …)]: who may change tags and inventory settings.</summary>
    public const string TagEditors = Merchandiser + "," + Admin;

    /// <summary>Who may count, adjust and lock stock, and manage products and locations.</summary>
    public const string StockEditors = WarehouseManager + "," + Admin;
}
