namespace InventoryAdmin.Domain.Model.Tags;

/// <summary>
/// A tag (a.k.a. tag category) such as Channel: ordered unique values, exactly one default,
/// optional allocation percentages. Built and changed only from a draft that passed <see cref="TagRules"/>.
/// </summary>
public sealed class Tag
{
    private readonly List<TagValue> _values = [];

    private Tag()
    {
    }

    public Tag(TagDraft draft, int displayOrder)
    {
        DisplayOrder = displayOrder;
        Apply(draft);
    }

    public int Id { get; private set; }

    public string Name { get; private set; } = "";

    public int DisplayOrder { get; private set; }

    /// <summary>The values in display order.</summary>
    public IReadOnlyList<TagValue> Values => _values.OrderBy(v => v.DisplayOrder).ThenBy(v => v.Id).ToList();

    public TagValue DefaultValue => _values.Single(v => v.IsDefault);

    public TagMode Mode => _values.Any(v => v.BasisPoints is not null) ? TagMode.Percentage : TagMode.Discrete;

    public TagValue? FindValue(string name) =>
        _values.FirstOrDefault(v => string.Equals(v.Name, name.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The values a draft would remove: those matched by neither id nor name.</summary>
    public IReadOnlyList<TagValue> ValuesRemovedBy(TagDraft draft) =>
        _values.Where(v => !draft.Values.Any(d => Matches(v, d))).ToList();

    /// <summary>Makes the tag what the (already checked) draft says; returns the values it removed.</summary>
    public IReadOnlyList<TagValue> Apply(TagDraft draft)
    {
        var result = TagRules.Check(draft, []);
        result.ThrowIfInvalid();

        var removed = ValuesRemovedBy(draft);
        foreach (var value in removed) _values.Remove(value);

        var defaultName = draft.DefaultValue!.Trim();
        for (var i = 0; i < draft.Values.Count; i++)
        {
            var d = draft.Values[i];
            var name = d.Name!.Trim();
            int? bp = d.Percent is { } p ? Percent.ToBasisPoints(p) : null;
            var isDefault = string.Equals(name, defaultName, StringComparison.OrdinalIgnoreCase);
            var existing = _values.FirstOrDefault(v => Matches(v, d));
            if (existing is null) _values.Add(new TagValue(name, bp, i, isDefault));
            else existing.Update(name, bp, i, isDefault);
        }

        Name = draft.Name!.Trim();
        return removed;
    }

    public TagDraft ToDraft() =>
        new(Name, Values.Select(v => new TagValueDraft(v.Name, v.Percent, v.Id)).ToList(), DefaultValue.Name);

    private static bool Matches(TagValue value, TagValueDraft draft) =>
        draft.Id is { } id && id != 0
            ? value.Id == id
            : string.Equals(value.Name, draft.Name?.Trim(), StringComparison.OrdinalIgnoreCase);
}
