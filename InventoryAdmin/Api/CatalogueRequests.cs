namespace InventoryAdmin.Api;

public sealed record ProductRequest(string? Name, string? Upc, string? Kind, IReadOnlyList<ComponentRequest>? Components);

public sealed record ComponentRequest(string? Sku, int? Quantity);

public sealed record LocationRequest(string? Name, int? Priority, bool? UseComponentInventory);
