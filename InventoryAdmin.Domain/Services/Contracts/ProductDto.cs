namespace InventoryAdmin.Domain.Services.Contracts;

public sealed record ProductDto(string Sku, string Name, string? Upc, string Kind);
