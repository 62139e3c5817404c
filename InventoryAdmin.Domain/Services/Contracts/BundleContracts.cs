namespace InventoryAdmin.Domain.Services.Contracts;

/// <summary>A component line of PUT /api/v1/products/{sku}: a standard product's SKU and how many go into one bundle.</summary>
public sealed record ComponentRequest(string? Sku, int? Quantity);

/// <summary>A component of a bundle as read back.</summary>
public sealed record ComponentDto(string Sku, string Name, int Quantity);

/// <summary>
/// A bundle at one location (API.md <c>bundle</c> block): its prepackaged stock, the bundles its components can build, and
/// whether the location counts those (Use Component Inventory). BottleneckSku names the component that limits the build.
/// </summary>
public sealed record BundlePartsDto(bool UseComponentInventory, FiguresDto Prepackaged, FiguresDto Components, string? BottleneckSku);

/// <summary>A component of a bundle at one location, for the grid's expanded bundle row: its figures and the bundles it can make.</summary>
public sealed record ComponentStockDto(string Sku, int QuantityPerBundle, FiguresDto Figures, int Bundles, bool Bottleneck);

/// <summary>A bundle's parts at one location with each component's stock (the grid's expanded bundle row).</summary>
public sealed record BundleDetailDto(BundlePartsDto Parts, IReadOnlyList<ComponentStockDto> Components);
