namespace InventoryAdmin.Domain.Services.Contracts;

/// <summary>A product's inventory: totals over locations, each location's figures and segments.</summary>
public sealed record RecordDto(string Sku, string Name, string Kind, FiguresDto Totals, IReadOnlyList<RecordLocationDto> Locations);
