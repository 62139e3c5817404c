using InventoryAdmin.Domain.Services.Contracts;

namespace InventoryAdmin.Tests.Support;

/// <summary>Compares tags by what a user sees (records with lists compare lists by reference).</summary>
public sealed class TagDtoComparer : IEqualityComparer<TagDto>
{
    public static readonly TagDtoComparer Instance = new();

    public bool Equals(TagDto? x, TagDto? y) =>
        x is not null && y is not null && x.Name == y.Name && x.Mode == y.Mode && x.DefaultValue == y.DefaultValue &&
        x.Values.Select(v => (v.Name, v.Percent)).SequenceEqual(y.Values.Select(v => (v.Name, v.Percent)));

    public int GetHashCode(TagDto obj) => obj.Name.GetHashCode();
}
