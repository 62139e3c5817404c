using InventoryAdmin.Domain.Model;

namespace InventoryAdmin.Api;

/// <summary>A segment in a query string: <c>segment=Channel:Amazon,OrderType:STH</c> (API.md conventions).</summary>
internal static class SegmentQuery
{
    public static IReadOnlyDictionary<string, string>? Parse(string? segment)
    {
        if (string.IsNullOrWhiteSpace(segment)) return null;
        var tags = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in segment.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (pair.Split(':', 2, StringSplitOptions.TrimEntries) is not [{ Length: > 0 } tag, { Length: > 0 } value] || !tags.TryAdd(tag, value))
                throw new InventoryRuleException("segment", $"'{pair}' is not a segment. Write each tag once, as Tag:Value, e.g. Channel:Amazon,OrderType:STH.");
        }

        return tags;
    }
}
