namespace InventoryAdmin.Components.Pages.Inventory;

/// <summary>
/// What the inventory grid shows, as it is written in the page's query string (so Back, reload and a shared link restore it):
/// <c>?q=hood&amp;location=DC-East&amp;segment=Channel:Amazon&amp;sort=OnHand&amp;dir=desc&amp;page=2&amp;size=50</c>. Page is 0-based here, 1-based in the URL.
/// </summary>
internal sealed record InventoryGridState(string? Search, string? Location, string? Segment, string? SortBy, bool Descending, int Page, int PageSize)
{
    public const int DefaultPageSize = 25;

    public static readonly int[] PageSizes = [25, 50, 100];

    /// <summary>The grid's sortable columns (their property names), as the URL may name them.</summary>
    public static readonly string[] SortColumns = ["Sku", "Name", "LocationCode", "OnHand", "Locked", "Allocated", "Available"];

    /// <summary>Reads the query values; anything malformed falls back to the default (an old or hand-edited link still opens).</summary>
    public static InventoryGridState FromQuery(string? search, string? location, string? segment, string? sort, string? dir, int? page, int? size) => new(
        string.IsNullOrWhiteSpace(search) ? null : search.Trim(),
        string.IsNullOrWhiteSpace(location) ? null : location.Trim(),
        string.IsNullOrWhiteSpace(segment) ? null : segment.Trim(),
        SortColumns.FirstOrDefault(c => string.Equals(c, sort, StringComparison.OrdinalIgnoreCase)),
        string.Equals(dir, "desc", StringComparison.OrdinalIgnoreCase),
        page is > 1 ? page.Value - 1 : 0,
        size is { } s && PageSizes.Contains(s) ? s : DefaultPageSize);

    /// <summary>Query parameters for <c>NavigationManager.GetUriWithQueryParameters</c>; defaults are left out (null removes a parameter).</summary>
    public IReadOnlyDictionary<string, object?> ToQuery() => new Dictionary<string, object?>
    {
        ["q"] = Search,
        ["location"] = Location,
        ["segment"] = Segment,
        ["sort"] = SortBy,
        ["dir"] = SortBy is not null && Descending ? "desc" : null,
        ["page"] = Page > 0 ? Page + 1 : null,
        ["size"] = PageSize != DefaultPageSize ? PageSize : null,
    };

    /// <summary>The segment filter as tag → value (<c>Channel:Amazon</c>), or null.</summary>
    public KeyValuePair<string, string>? SegmentPair =>
        Segment?.Split(':', 2, StringSplitOptions.TrimEntries) is [{ Length: > 0 } tag, { Length: > 0 } value] ? new(tag, value) : null;
}
