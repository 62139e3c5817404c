namespace InventoryAdmin.Domain.Model.Tags;

/// <summary>What a user asks a tag to be, before the rules have been checked.</summary>
public sealed record TagDraft(string? Name, IReadOnlyList<TagValueDraft> Values, string? DefaultValue);

/// <summary>One value row. <paramref name="Id"/> keeps a value's identity across a rename in the editor.</summary>
public sealed record TagValueDraft(string? Name, decimal? Percent, int? Id = null);
