using InventoryAdmin.Domain.Model.Stock;

namespace InventoryAdmin.Domain.Services.Grid;

/// <summary>What narrows the grid: the products a search keeps, one location, the LIKE patterns of a segment filter.</summary>
internal sealed record GridFilter(IQueryable<Product> Products, bool Searching, int? LocationId, IReadOnlyList<string> SegmentPatterns);
