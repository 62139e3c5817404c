namespace InventoryAdmin.Identity;

/// <summary>The roles of SPEC: people's roles and the roles an API key can carry.</summary>
public static class Roles
{
    public const string Merchandiser = "Merchandiser";
    public const string WarehouseManager = "WarehouseManager";
    public const string Admin = "Admin";

    /// <summary>An API key for a sales channel or store system: orders, POS and availability, nothing else that changes data.</summary>
    public const string Integration = "Integration";

    /// <summary>People's roles.</summary>
    public static readonly IReadOnlyList<string> All = [Merchandiser, WarehouseManager, Admin];

    /// <summary>Roles an API key can carry.</summary>
    public static readonly IReadOnlyList<string> ForKeys = [Merchandiser, WarehouseManager, Admin, Integration];

    /// <summary>Who may place, fulfil, cancel and return orders, and sync a POS.</summary>
    public const string OrderTakers = Integration + "," + WarehouseManager + "," + Admin;

    /// <summary>For [Authorize(Roles = …)]: who may change tags and inventory settings.</summary>
    public const string TagEditors = Merchandiser + "," + Admin;

    /// <summary>Who may count, adjust and lock stock, and manage products and locations.</summary>
    public const string StockEditors = WarehouseManager + "," + Admin;
}
