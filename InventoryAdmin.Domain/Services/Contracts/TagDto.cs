using InventoryAdmin.Domain.Model.Tags;

namespace InventoryAdmin.Domain.Services.Contracts;

public sealed record TagDto(string Name, TagMode Mode, string DefaultValue, IReadOnlyList<TagValueDto> Values)
{
    public static TagDto From(Tag tag) =>
        new(tag.Name, tag.Mode, tag.DefaultValue.Name, tag.Values.Select(v => new TagValueDto(v.Name, v.Percent, v.Id)).ToList());

    public TagDraft ToDraft() => new(Name, Values.Select(v => new TagValueDraft(v.Name, v.Percent, v.Id)).ToList(), DefaultValue);
}
