namespace InventoryAdmin.Domain.Model.Traits;

/// <summary>The five traits, their API names (PICKABLE, KEEP_ON_ZERO…) and the rules of SPEC §4 on effective traits.</summary>
public static class Traits
{
    /// <summary>Every trait in display order.</summary>
    public static readonly IReadOnlyList<Trait> All = [Trait.Pickable, Trait.Accessible, Trait.KeepOnZero, Trait.Outbound, Trait.InMotion];

    /// <summary>Traits that are on when neither the stock nor its storage location says otherwise.</summary>
    public const Trait Defaults = Trait.Pickable | Trait.Accessible;

    /// <summary>Both are needed for stock to be sold.</summary>
    public const Trait NeededToSell = Trait.Pickable | Trait.Accessible;

    /// <summary>Either one makes stock unsellable.</summary>
    public const Trait PreventSelling = Trait.Outbound | Trait.InMotion;

    public const int AllBits = 31;

    public static string Name(Trait trait) => trait switch
    {
        Trait.Pickable => "PICKABLE",
        Trait.Accessible => "ACCESSIBLE",
        Trait.KeepOnZero => "KEEP_ON_ZERO",
        Trait.Outbound => "OUTBOUND",
        Trait.InMotion => "IN_MOTION",
        _ => throw new ArgumentOutOfRangeException(nameof(trait), trait, "Not a single trait."),
    };

    public static bool TryParse(string? name, out Trait trait)
    {
        var normalized = name?.Trim().Replace('-', '_').Replace(' ', '_');
        trait = All.FirstOrDefault(t => string.Equals(Name(t), normalized, StringComparison.OrdinalIgnoreCase));
        return trait != Trait.None;
    }

    public static bool IsDefault(Trait trait) => (Defaults & trait) != 0;

    /// <summary>
    /// The final traits: the stock's setting where it has one, else the storage location's, else the default.
    /// (With masks: stock-enabled, plus storage-enabled where the stock is unset, plus defaults where both are unset.)
    /// </summary>
    public static Trait Effective(TraitConfig stock, TraitConfig storage)
    {
        var stockSet = stock.Enabled | stock.Disabled;
        var storageSet = storage.Enabled | storage.Disabled;
        return (stock.Enabled | (storage.Enabled & ~stockSet) | (Defaults & ~stockSet & ~storageSet)) & (Trait)AllBits;
    }

    /// <summary>Sellable: PICKABLE and ACCESSIBLE, neither OUTBOUND nor IN_MOTION, and the location is not locked as a whole.</summary>
    public static bool IsSellable(Trait effective, bool locationLocked) =>
        !locationLocked && (effective & NeededToSell) == NeededToSell && (effective & PreventSelling) == 0;

    /// <summary>
    /// The same rule in SQL over a stock row <paramref name="s"/>, its storage location <paramref name="st"/> (may be
    /// missing: its masks read as 0) and its location <paramref name="l"/>: TRUE when the row's units are locked (a boolean on
    /// PostgreSQL, 1 or 0 on SQLite).
    /// Kept next to <see cref="Effective"/> and checked against it in the trait truth-table tests.
    /// </summary>
    public static string LockedSql(string s, string st, string l)
    {
        var effective = $"""
            ({s}."TraitsEnabled" | (COALESCE({st}."TraitsEnabled", 0) & ~({s}."TraitsEnabled" | {s}."TraitsDisabled"))
              | ({(int)Defaults} & ~({s}."TraitsEnabled" | {s}."TraitsDisabled") & ~(COALESCE({st}."TraitsEnabled", 0) | COALESCE({st}."TraitsDisabled", 0))))
            """;
        return $"(CASE WHEN NOT {l}.\"Locked\" AND ({effective} & {(int)NeededToSell}) = {(int)NeededToSell} AND ({effective} & {(int)PreventSelling}) = 0 THEN FALSE ELSE TRUE END)";
    }

    /// <summary>SQL for TRUE when a row's effective traits include KEEP_ON_ZERO (same operands as <see cref="LockedSql"/>).</summary>
    public static string KeepOnZeroSql(string s, string st)
    {
        var bit = (int)Trait.KeepOnZero;
        return $"(CASE WHEN ({s}.\"TraitsEnabled\" & {bit}) <> 0 THEN TRUE WHEN ({s}.\"TraitsDisabled\" & {bit}) <> 0 THEN FALSE WHEN (COALESCE({st}.\"TraitsEnabled\", 0) & {bit}) <> 0 THEN TRUE ELSE FALSE END)";
    }
}
