namespace InventoryAdmin.Domain.Model.Tags;

/// <summary>One value for every tag, in tag display order, e.g. Channel=Amazon, OrderType=STH.</summary>
public sealed class SegmentKey : IEquatable<SegmentKey>
{
    public static readonly SegmentKey Empty = new([]);

    public SegmentKey(IReadOnlyList<KeyValuePair<string, string>> parts)
    {
        Parts = parts;
    }

    public IReadOnlyList<KeyValuePair<string, string>> Parts { get; }

    public string? this[string tag] =>
        Parts.FirstOrDefault(p => string.Equals(p.Key, tag, StringComparison.OrdinalIgnoreCase)).Value;

    public SegmentKey With(string tag, string value) => new([.. Parts, new(tag, value)]);

    public IReadOnlyDictionary<string, string> ToDictionary() => Parts.ToDictionary(p => p.Key, p => p.Value);

    public override string ToString() => string.Join(", ", Parts.Select(p => $"{p.Key}={p.Value}"));

    public bool Equals(SegmentKey? other) =>
        other is not null && string.Equals(ToString(), other.ToString(), StringComparison.OrdinalIgnoreCase);

    public override bool Equals(object? obj) => Equals(obj as SegmentKey);

    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(ToString());
}
