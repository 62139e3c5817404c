using InventoryAdmin.Domain.Services.Contracts;

namespace InventoryAdmin.Api;

/// <summary>PUT /api/v1/products/{sku}; components (a bundle's) left out keep the current ones, an empty list removes them.</summary>
public sealed record ProductRequest(string? Name, string? Upc, string? Kind, IReadOnlyList<ComponentRequest?>? Components);

public sealed record LocationRequest(string? Name, int? Priority, bool? UseComponentInventory);
