namespace InventoryAdmin.Domain.Model.Traits;

/// <summary>
/// A trait configuration (fulfillmenttools' traitConfig): each trait enabled, disabled or unset, stored as two masks.
/// A trait is never in both.
/// </summary>
public readonly record struct TraitConfig
{
    public static readonly TraitConfig Unset = default;

    public TraitConfig(Trait enabled, Trait disabled)
    {
        if ((enabled & disabled) != 0) throw new ArgumentException("A trait cannot be both enabled and disabled.", nameof(disabled));
        Enabled = enabled;
        Disabled = disabled;
    }

    public Trait Enabled { get; }

    public Trait Disabled { get; }

    /// <summary>True enabled, false disabled, null unset.</summary>
    public bool? this[Trait trait] => (Enabled & trait) != 0 ? true : (Disabled & trait) != 0 ? false : null;

    public TraitConfig With(Trait trait, bool? setting) => setting switch
    {
        true => new(Enabled | trait, Disabled & ~trait),
        false => new(Enabled & ~trait, Disabled | trait),
        null => new(Enabled & ~trait, Disabled & ~trait),
    };

    public static TraitConfig From(IEnumerable<KeyValuePair<Trait, bool?>> settings) =>
        settings.Aggregate(Unset, (config, s) => config.With(s.Key, s.Value));

    /// <summary>Every trait with its setting, in display order.</summary>
    public IReadOnlyDictionary<Trait, bool?> ToMap()
    {
        var self = this;
        return Traits.All.ToDictionary(t => t, t => self[t]);
    }

    /// <summary>For reasons and logs: "ACCESSIBLE off, KEEP_ON_ZERO on", or "unset".</summary>
    public override string ToString()
    {
        var set = ToMap().Where(s => s.Value is not null).Select(s => $"{Traits.Name(s.Key)} {(s.Value == true ? "on" : "off")}").ToList();
        return set.Count > 0 ? string.Join(", ", set) : "unset";
    }
}
