namespace InventoryAdmin.Domain.Services.Contracts;

/// <summary>
/// What the grid shows: search (SKU prefix, exact UPC or part of the name), one location, one segment filter
/// (tag → value; figures then count only matching segments), sort column and direction, page (0-based).
/// </summary>
public sealed record GridQuery(string? Search = null, string? LocationCode = null, IReadOnlyDictionary<string, string>? Segment = null,
    string? SortBy = null, bool Descending = false, int Page = 0, int PageSize = 50);
