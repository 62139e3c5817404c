namespace InventoryAdmin.Domain.Services.Contracts;

/// <summary>
/// Whether a tag, or one of its values, may be deleted now (SPEC §3 rule 7): not while its segments hold stock or
/// open allocations, listed in <see cref="Blocking"/> per value and location.
/// </summary>
/// <param name="Tag">The tag's name.</param>
/// <param name="Value">The value's name when one value was asked about; null for the whole tag.</param>
public sealed record TagDeletionCheck(string Tag, string? Value, IReadOnlyList<string> Values, IReadOnlyList<ValueUsage> Blocking)
{
    public bool CanDelete => Blocking.Count == 0;

    public int Units => Blocking.Sum(u => u.Units);

    public int Allocated => Blocking.Sum(u => u.Allocated);
}
