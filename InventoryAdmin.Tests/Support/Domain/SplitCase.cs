using System.Globalization;
using InventoryAdmin.Domain.Model.Tags;

namespace InventoryAdmin.Tests.Support.Domain;

/// <summary>A random valid input of <see cref="PercentageSplit.Split"/>: a total and 1–3 tag drafts in display order.</summary>
public sealed record SplitCase(int Total, IReadOnlyList<TagDraft> Drafts)
{
    /// <summary>Builds fresh tags from the drafts, display order = position.</summary>
    public IReadOnlyList<Tag> BuildTags() => Drafts.Select((draft, i) => new Tag(draft, i)).ToList();

    public override string ToString() =>
        $"T={Total}; " + string.Join("; ", Drafts.Select(d =>
            $"{d.Name}[default {d.DefaultValue}]: " + string.Join(", ", d.Values.Select(v =>
                $"{v.Name}={(v.Percent is { } p ? p.ToString(CultureInfo.InvariantCulture) : "blank")}"))));
}
