namespace InventoryAdmin.Domain.Services.Contracts;

/// <summary>A product; a bundle lists its components (empty for a standard product).</summary>
public sealed record ProductDto(string Sku, string Name, string? Upc, string Kind, IReadOnlyList<ComponentDto> Components);
