using InventoryAdmin.Domain.Model.Tags;

namespace InventoryAdmin.Tests.Support.Domain;

/// <summary>Tag drafts for the tag rule tests.</summary>
internal static class TagDrafts
{
    public static readonly string[] NoOtherTags = [];

    public static TagDraft Draft(string? name, string? defaultValue, params TagValueDraft[] values) => new(name, values, defaultValue);

    public static TagDraft ValidChannel(string name = "Channel") =>
        Draft(name, "Kibo", new("Kibo", 80m), new("Amazon", 10m), new("Walmart", 10m));
}
