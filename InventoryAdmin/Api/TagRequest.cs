using InventoryAdmin.Domain.Model.Tags;

namespace InventoryAdmin.Api;

/// <summary>The body of POST and PUT /api/v1/tags.</summary>
public sealed record TagRequest(string? Name, IReadOnlyList<TagValueRequest>? Values, string? DefaultValue, bool ConfirmModeChange = false)
{
    public TagDraft ToDraft() => new(Name, (Values ?? []).Select(v => new TagValueDraft(v?.Name, v?.Percent)).ToList(), DefaultValue);
}

public sealed record TagValueRequest(string? Name, decimal? Percent);
