namespace InventoryAdmin.Domain.Model.Traits;

/// <summary>One trait through the cascade of the seed's table: default, storage location, stock, final.</summary>
public sealed record TraitCascadeLine(Trait Trait, bool Default, bool? StorageLocation, bool? Stock, bool Final)
{
    /// <summary>Every trait of a stock row, in display order.</summary>
    public static IReadOnlyList<TraitCascadeLine> Of(TraitConfig stock, TraitConfig storage)
    {
        var effective = Traits.Effective(stock, storage);
        return Traits.All.Select(t => new TraitCascadeLine(t, Traits.IsDefault(t), storage[t], stock[t], (effective & t) != 0)).ToList();
    }
}
