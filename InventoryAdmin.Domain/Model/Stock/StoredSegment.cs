namespace InventoryAdmin.Domain.Model.Stock;

/// <summary>
/// How a segment is stored on a stock row: its tag value ids in tag order, framed by bars ("|3|7|"),
/// so renaming a tag or value never rewrites stock and "holds value 3" is a plain LIKE '%|3|%'.
/// A tag with no id in a key means that tag's default value (stock that predates the tag).
/// </summary>
public static class StoredSegment
{
    public const string None = "|";

    public static string Encode(IEnumerable<int> valueIds)
    {
        var ids = valueIds.ToList();
        return ids.Count == 0 ? None : "|" + string.Join("|", ids) + "|";
    }

    public static IReadOnlyList<int> Decode(string key) =>
        key.Split('|', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToList();

    public static string Contains(int valueId) => $"%|{valueId}|%";
}
