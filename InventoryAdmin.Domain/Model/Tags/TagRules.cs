using static System.FormattableString;

namespace InventoryAdmin.Domain.Model.Tags;

/// <summary>
/// Tag rules 1–5 of the specification, checked on a draft. Returns every broken rule keyed by field,
/// so a form can mark each field and an API can list them all at once.
/// </summary>
public static class TagRules
{
    public const int MaxNameLength = TextLimits.TagName;

    public static TagRuleResult Check(TagDraft draft, IEnumerable<string> otherTagNames)
    {
        var errors = new Dictionary<string, List<string>>();
        void Add(string field, string message)
        {
            if (!errors.TryGetValue(field, out var list)) errors[field] = list = [];
            list.Add(message);
        }

        var conflict = false;
        var name = draft.Name?.Trim() ?? "";
        if (name.Length == 0) Add("name", "Tag name is required.");
        else if (TextRules.Problem(name, MaxNameLength, "Tag name") is { } badName) Add("name", badName);
        else if (otherTagNames.Any(n => string.Equals(n.Trim(), name, StringComparison.OrdinalIgnoreCase)))
        {
            Add("name", $"A tag named '{name}' already exists.");
            conflict = true;
        }

        var values = draft.Values ?? [];
        if (values.Count == 0) Add("values", "Add at least one value.");

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < values.Count; i++)
        {
            var valueName = values[i].Name?.Trim() ?? "";
            if (valueName.Length == 0) Add($"values[{i}].name", "Value is required.");
            else if (TextRules.Problem(valueName, MaxNameLength, "Value") is { } badValue) Add($"values[{i}].name", badValue);
            else if (!seen.Add(valueName)) Add($"values[{i}].name", $"'{valueName}' is already a value of this tag.");

            if (values[i].Percent is { } p)
            {
                if (p <= 0 || p > 100) Add($"values[{i}].percent", "Allocation % must be more than 0 and at most 100.");
                else if (!Percent.HasAtMostTwoDecimals(p)) Add($"values[{i}].percent", "Allocation % takes at most two decimals.");
            }
        }

        var defaultValue = draft.DefaultValue?.Trim() ?? "";
        if (defaultValue.Length == 0) Add("defaultValue", "Choose a default value.");
        else if (!values.Any(v => string.Equals(v.Name?.Trim(), defaultValue, StringComparison.OrdinalIgnoreCase)))
            Add("defaultValue", $"The default value '{defaultValue}' must be one of the values.");

        var total = Total(values);
        var given = values.Count(v => v.Percent is not null);
        if (given == values.Count && given > 0 && total != 100m)
            Add("values", Invariant($"Allocation percentages add up to {total:0.##} %; when every value has one they must add up to exactly 100 %."));
        else if (given > 0 && given < values.Count && total > 100m)
            Add("values", Invariant($"Allocation percentages add up to {total:0.##} %; with some left blank they may add up to at most 100 %."));

        return new TagRuleResult(errors.ToDictionary(e => e.Key, e => e.Value.ToArray()), conflict && errors.Count == 1);
    }

    /// <summary>The sum of the given percentages, blanks ignored.</summary>
    public static decimal Total(IEnumerable<TagValueDraft> values) => values.Sum(v => v.Percent ?? 0m);

    public static TagMode ModeOf(IEnumerable<TagValueDraft> values) =>
        values.Any(v => v.Percent is not null) ? TagMode.Percentage : TagMode.Discrete;
}
