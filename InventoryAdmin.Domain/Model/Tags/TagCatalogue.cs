using System.Collections.Concurrent;
using InventoryAdmin.Domain.Model.Stock;

namespace InventoryAdmin.Domain.Model.Tags;

/// <summary>
/// The tags in force for one request: turns segments named by tags (API, UI, CSV) into stored keys and back,
/// and splits units by the percentages. With tags disabled every record is one segment (the defaults' key).
/// </summary>
public sealed class TagCatalogue
{
    private readonly IReadOnlyList<Tag> tags;
    private readonly Dictionary<int, (Tag Tag, TagValue Value)> byValueId;
    private readonly IReadOnlyList<Tag> inDisplayOrder;
    // Remembered per catalogue (a redistribution asks about the same few keys and totals for every record).
    private readonly ConcurrentDictionary<string, string> sortKeys = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> canonicalKeys = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> discreteParts = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string DiscretePart, int Total), KeyValuePair<string, int>[]> splits = new();

    public TagCatalogue(IEnumerable<Tag> tags, bool enabled)
    {
        this.tags = tags.OrderBy(t => t.Id).ToList();
        Enabled = enabled;
        byValueId = this.tags.SelectMany(t => t.Values.Select(v => (t, v))).ToDictionary(x => x.v.Id, x => (x.t, x.v));
        DefaultKey = StoredSegment.Encode(this.tags.Select(t => t.DefaultValue.Id));
        inDisplayOrder = this.tags.OrderBy(t => t.DisplayOrder).ThenBy(t => t.Id).ToList();
        Fingerprint = $"{enabled}|" + string.Join(";", inDisplayOrder.Select(t => $"{t.Id}:{t.Name}:" +
            string.Join(",", t.Values.Select(v => $"{v.Id}={v.Name}/{v.BasisPoints}/{v.IsDefault}"))));
    }

    /// <summary>Equal for two catalogues of the same tags, values, percentages and order: one may stand in for the other.</summary>
    public string Fingerprint { get; }

    public bool Enabled { get; }

    /// <summary>Tags in display order.</summary>
    public IReadOnlyList<Tag> Tags => inDisplayOrder;

    /// <summary>Every tag at its default value.</summary>
    public string DefaultKey { get; }

    /// <summary>True when a line without tags still names one segment: every tag is discrete (or there is none).</summary>
    public bool UnsegmentedLinesAreExplicit => Enabled && tags.All(t => t.Mode == TagMode.Discrete);

    /// <summary>
    /// The stored key of the segment the given tags name (tags left out take their default), or the errors
    /// keyed by tag name. With tags disabled every segment is the defaults' key.
    /// </summary>
    public string Encode(IReadOnlyDictionary<string, string>? given, out IReadOnlyDictionary<string, string> errors)
    {
        var problems = new Dictionary<string, string>();
        errors = problems;
        if (!Enabled) return DefaultKey;

        var lookup = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in given ?? new Dictionary<string, string>())
        {
            if (!tags.Any(t => string.Equals(t.Name, name.Trim(), StringComparison.OrdinalIgnoreCase)))
                problems[name] = $"There is no tag named '{name}'. Tags: {string.Join(", ", tags.Select(t => t.Name))}.";
            else lookup[name.Trim()] = value;
        }

        var ids = new List<int>();
        foreach (var tag in tags)
        {
            if (!lookup.TryGetValue(tag.Name, out var valueName)) { ids.Add(tag.DefaultValue.Id); continue; }
            var value = tag.FindValue(valueName ?? "");
            if (value is null)
                problems[tag.Name] = $"'{valueName}' is not a value of tag '{tag.Name}'. Values: {string.Join(", ", tag.Values.Select(v => v.Name))}.";
            else ids.Add(value.Id);
        }

        return StoredSegment.Encode(ids);
    }

    /// <summary>The tags of a stored key, in display order; tags missing from the key take their default.</summary>
    public IReadOnlyDictionary<string, string> Decode(string key)
    {
        var ids = StoredSegment.Decode(key);
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var tag in Tags)
        {
            var value = ids.Select(id => byValueId.GetValueOrDefault(id)).FirstOrDefault(x => x.Tag == tag).Value ?? tag.DefaultValue;
            result[tag.Name] = value.Name;
        }

        return result;
    }

    /// <summary>A stored key for people: "Channel=Amazon, OrderType=STH", or "(no tags)".</summary>
    public string Describe(string key) =>
        Decode(key) is { Count: > 0 } tags ? string.Join(", ", tags.Select(t => $"{t.Key}={t.Value}")) : "(no tags)";

    /// <summary>Units split over segments by the percentages (SPEC §3), as stored keys.</summary>
    public IReadOnlyList<KeyValuePair<string, int>> Split(int units) => Split(units, null);

    /// <summary>As <see cref="Split(int)"/>, the <paramref name="given"/> tags keeping the value given.</summary>
    public IReadOnlyList<KeyValuePair<string, int>> Split(int units, IReadOnlyDictionary<string, string>? given)
    {
        if (!Enabled || tags.Count == 0) return [new(DefaultKey, units)];
        return PercentageSplit.Split(units, tags, given)
            .Select(s => new KeyValuePair<string, int>(
                StoredSegment.Encode(tags.Select(t => t.FindValue(s.Key[t.Name]!)!.Id)), s.Units))
            .ToList();
    }

    /// <summary>
    /// Redistribution targets (SPEC §5): the percentage split of the On Hand of segments that share their discrete
    /// tags' values (units never change a discrete value such as Defective=Yes). Null when there is nothing to
    /// redistribute: tags disabled, or every tag discrete.
    /// </summary>
    public IReadOnlyDictionary<string, int>? Targets(IReadOnlyDictionary<string, int> onHandBySegment)
    {
        if (!Enabled || tags.All(t => t.Mode == TagMode.Discrete)) return null;
        var discrete = Tags.Where(t => t.Mode == TagMode.Discrete).ToList();
        var targets = new Dictionary<string, int>(StringComparer.Ordinal);
        var groups = onHandBySegment.GroupBy(s => discreteParts.GetOrAdd(s.Key, k =>
        {
            var decoded = Decode(k);
            return string.Join("\u001f", discrete.Select(t => decoded[t.Name]));
        }));
        foreach (var group in groups)
        {
            var shares = splits.GetOrAdd((group.Key, group.Sum(s => s.Value)), g =>
            {
                var decoded = Decode(group.First().Key);
                var given = discrete.ToDictionary(t => t.Name, t => decoded[t.Name], StringComparer.OrdinalIgnoreCase);
                return Split(g.Total, given).ToArray();
            });
            foreach (var (key, units) in shares) targets[key] = targets.GetValueOrDefault(key) + units;
        }

        return targets;
    }

    /// <summary>Compares stored keys in display order of their values.</summary>
    public IComparer<string> KeyOrder => Comparer<string>.Create((a, b) =>
        string.CompareOrdinal(SortKeyOf(a), SortKeyOf(b)) is var c && c != 0 ? c : string.CompareOrdinal(a, b));

    /// <summary>A stored key's sort key, remembered: a redistribution sorts the same few keys for every record.</summary>
    private string SortKeyOf(string key)
    {
        return sortKeys.GetOrAdd(key, k => SortKey(Decode(k)));
    }

    /// <summary>Orders segments as the tags list their values (Kibo before Amazon when Kibo is listed first).</summary>
    public string SortKey(IReadOnlyDictionary<string, string> segment) =>
        string.Concat(Tags.Select(t => (t.Values.ToList().FindIndex(v => v.Name == segment.GetValueOrDefault(t.Name)) + 1).ToString("D3")));

    /// <summary>
    /// The key with a value for every tag (a tag missing from a stored key takes its default), or the defaults' key while
    /// tags are disabled: two stored keys of the same segment have the same canonical key.
    /// </summary>
    public string Canonical(string key) => !Enabled ? DefaultKey : canonicalKeys.GetOrAdd(key, k =>
    {
        var ids = StoredSegment.Decode(k);
        return StoredSegment.Encode(tags.Select(t => ids.FirstOrDefault(id => byValueId.TryGetValue(id, out var v) && v.Tag == t) is var found and not 0
            ? found : t.DefaultValue.Id));
    });

    /// <summary>The stored key as it counts while tags are disabled: everything is one segment.</summary>
    public string Effective(string key) => Enabled ? key : DefaultKey;
}
