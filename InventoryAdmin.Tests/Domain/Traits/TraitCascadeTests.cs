using InventoryAdmin.Domain.Model.Traits;
using TraitRules = InventoryAdmin.Domain.Model.Traits.Traits;

namespace InventoryAdmin.Tests.Domain.Traits;

/// <summary>
/// SPEC §4: the effective trait is the stock's setting if set, else the storage location's if set, else the default
/// (PICKABLE and ACCESSIBLE on, the others off); the seed's cascade table; which effective trait sets are sellable.
/// </summary>
public sealed class TraitCascadeTests
{
    private static readonly bool?[] Settings = [true, false, null];

    /// <summary>Every trait × every storage location setting × every stock setting: 5 × 3 × 3 = 45 cases.</summary>
    public static TheoryData<Trait, bool?, bool?> TruthTable()
    {
        var data = new TheoryData<Trait, bool?, bool?>();
        foreach (var trait in TraitRules.All)
            foreach (var storage in Settings)
                foreach (var stock in Settings)
                    data.Add(trait, storage, stock);
        return data;
    }

    /// <summary>Written out rather than read from <see cref="TraitRules.Defaults"/>, so a wrong default fails here.</summary>
    private static bool DefaultOf(Trait trait) => trait is Trait.Pickable or Trait.Accessible;

    [Fact]
    public void TruthTable_CoversEveryTraitAndEveryPairOfSettings()
    {
        Assert.Equal(45, TruthTable().Count);
        Assert.Equal([Trait.Pickable, Trait.Accessible, Trait.KeepOnZero, Trait.Outbound, Trait.InMotion], TraitRules.All);
    }

    [Theory]
    [MemberData(nameof(TruthTable))]
    public void Effective_OneTraitSet_StockWinsThenStorageLocationThenDefault(Trait trait, bool? storage, bool? stock)
    {
        var expected = stock ?? storage ?? DefaultOf(trait);

        var effective = TraitRules.Effective(TraitConfig.Unset.With(trait, stock), TraitConfig.Unset.With(trait, storage));

        Assert.Equal(expected, (effective & trait) != 0);
        // The traits nobody set keep their defaults.
        foreach (var other in TraitRules.All.Where(t => t != trait))
            Assert.Equal(DefaultOf(other), (effective & other) != 0);
    }

    [Theory]
    [MemberData(nameof(TruthTable))]
    public void CascadeLine_OneTraitSet_ReportsDefaultStorageLocationStockAndFinalColumns(Trait trait, bool? storage, bool? stock)
    {
        var lines = TraitCascadeLine.Of(TraitConfig.Unset.With(trait, stock), TraitConfig.Unset.With(trait, storage));

        Assert.Equal(TraitRules.All, lines.Select(l => l.Trait));
        Assert.Equal(new TraitCascadeLine(trait, DefaultOf(trait), storage, stock, stock ?? storage ?? DefaultOf(trait)),
            Assert.Single(lines, l => l.Trait == trait));
        Assert.All(lines.Where(l => l.Trait != trait),
            l => Assert.Equal(new TraitCascadeLine(l.Trait, DefaultOf(l.Trait), null, null, DefaultOf(l.Trait)), l));
    }

    [Fact]
    public void Effective_EveryPairOfConfigurations_EachTraitCascadesOnItsOwn()
    {
        var configs = AllConfigs().ToList();
        var wrong = (from stock in configs
                     from storage in configs
                     let expected = TraitRules.All.Where(t => stock[t] ?? storage[t] ?? DefaultOf(t)).Aggregate(Trait.None, (a, t) => a | t)
                     let actual = TraitRules.Effective(stock, storage)
                     where actual != expected
                     select $"stock [{stock}], storage [{storage}]: {actual}, expected {expected}").ToList();

        Assert.True(wrong.Count == 0, string.Join("; ", wrong.Take(5)));
    }

    [Fact]
    public void Effective_AllTraitsSetAtOnce_EachTraitCascadesOnItsOwn()
    {
        // Stock: PICKABLE off, KEEP_ON_ZERO on; storage: PICKABLE on, ACCESSIBLE off, OUTBOUND on, IN_MOTION off.
        var stock = TraitConfig.Unset.With(Trait.Pickable, false).With(Trait.KeepOnZero, true);
        var storage = TraitConfig.Unset.With(Trait.Pickable, true).With(Trait.Accessible, false).With(Trait.Outbound, true).With(Trait.InMotion, false);

        Assert.Equal(Trait.KeepOnZero | Trait.Outbound, TraitRules.Effective(stock, storage));
    }

    // The seed's three example rows

    [Fact]
    public void SeedRow_AccessibleOffAtStorageLocationOnAtStock_IsOn()
    {
        var line = Line(Trait.Accessible, storage: false, stock: true);

        Assert.Equal(new TraitCascadeLine(Trait.Accessible, true, false, true, true), line);
    }

    [Fact]
    public void SeedRow_PickableOnAtStorageLocationOffAtStock_IsOff()
    {
        var line = Line(Trait.Pickable, storage: true, stock: false);

        Assert.Equal(new TraitCascadeLine(Trait.Pickable, true, true, false, false), line);
    }

    [Fact]
    public void SeedRow_KeepOnZeroUnsetAtStorageLocationOnAtStock_IsOn()
    {
        var line = Line(Trait.KeepOnZero, storage: null, stock: true);

        Assert.Equal(new TraitCascadeLine(Trait.KeepOnZero, false, null, true, true), line);
    }

    private static TraitCascadeLine Line(Trait trait, bool? storage, bool? stock) =>
        TraitCascadeLine.Of(TraitConfig.Unset.With(trait, stock), TraitConfig.Unset.With(trait, storage)).Single(l => l.Trait == trait);

    // Sellability

    public static TheoryData<int> EveryEffectiveSet() => new(Enumerable.Range(0, 32));

    [Theory]
    [MemberData(nameof(EveryEffectiveSet))]
    public void IsSellable_AnyEffectiveSet_NeedsPickableAndAccessibleAndNeitherOutboundNorInMotion(int bits)
    {
        var effective = (Trait)bits;
        var expected = effective.HasFlag(Trait.Pickable) && effective.HasFlag(Trait.Accessible)
            && !effective.HasFlag(Trait.Outbound) && !effective.HasFlag(Trait.InMotion);

        Assert.Equal(expected, TraitRules.IsSellable(effective, locationLocked: false));
    }

    [Theory]
    [MemberData(nameof(EveryEffectiveSet))]
    public void IsSellable_LocationLocked_NeverSellable(int bits)
    {
        Assert.False(TraitRules.IsSellable((Trait)bits, locationLocked: true));
    }

    [Fact]
    public void IsSellable_NothingConfigured_DefaultsAreSellable()
    {
        Assert.True(TraitRules.IsSellable(TraitRules.Effective(TraitConfig.Unset, TraitConfig.Unset), locationLocked: false));
    }

    // TraitConfig

    [Theory]
    [MemberData(nameof(TruthTable))]
    public void With_ThenIndexer_ReadsBackTheLastSettingAndLeavesOtherTraitsAlone(Trait trait, bool? first, bool? second)
    {
        var other = TraitRules.All.First(t => t != trait);
        var start = TraitConfig.Unset.With(other, true);

        var config = start.With(trait, first).With(trait, second);

        Assert.Equal(second, config[trait]);
        Assert.True(config[other]);
        Assert.Equal(Trait.None, config.Enabled & config.Disabled);
    }

    [Fact]
    public void ToMapAndFrom_RoundTripEveryConfiguration()
    {
        foreach (var config in AllConfigs())
        {
            var map = config.ToMap();

            Assert.Equal(TraitRules.All, map.Keys);
            Assert.Equal(config, TraitConfig.From(map));
        }
    }

    [Fact]
    public void Constructor_TraitBothEnabledAndDisabled_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => new TraitConfig(Trait.Accessible | Trait.Pickable, Trait.Accessible));
    }

    [Fact]
    public void ToString_NamesTheSetTraitsOrUnset()
    {
        Assert.Equal("unset", TraitConfig.Unset.ToString());
        Assert.Equal("ACCESSIBLE off, KEEP_ON_ZERO on", TraitConfig.Unset.With(Trait.KeepOnZero, true).With(Trait.Accessible, false).ToString());
    }

    /// <summary>All 3^5 = 243 configurations.</summary>
    internal static IEnumerable<TraitConfig> AllConfigs() =>
        TraitRules.All.Aggregate(new[] { TraitConfig.Unset }.AsEnumerable(),
            (configs, trait) => configs.SelectMany(c => Settings.Select(s => c.With(trait, s))));

    [Fact]
    public void AllConfigs_Are243DistinctConfigurations()
    {
        Assert.Equal(243, AllConfigs().Distinct().Count());
    }

    // API names

    [Theory]
    [InlineData("PICKABLE", Trait.Pickable)]
    [InlineData("ACCESSIBLE", Trait.Accessible)]
    [InlineData("KEEP_ON_ZERO", Trait.KeepOnZero)]
    [InlineData("OUTBOUND", Trait.Outbound)]
    [InlineData("IN_MOTION", Trait.InMotion)]
    [InlineData("pickable", Trait.Pickable)]
    [InlineData("keep_on_zero", Trait.KeepOnZero)]
    [InlineData("In_Motion", Trait.InMotion)]
    [InlineData(" accessible ", Trait.Accessible)]
    public void TryParse_ApiNameInAnyCase_IsAccepted(string name, Trait expected)
    {
        Assert.True(TraitRules.TryParse(name, out var trait));
        Assert.Equal(expected, trait);
    }

    [Theory]
    [InlineData("FROZEN")]
    [InlineData("NONE")]
    [InlineData("KEEPONZERO")]
    [InlineData("PICKABLE,ACCESSIBLE")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParse_UnknownName_IsRefused(string? name)
    {
        Assert.False(TraitRules.TryParse(name, out var trait));
        Assert.Equal(Trait.None, trait);
    }

    [Fact]
    public void Name_EveryTrait_ParsesBackToItself()
    {
        Assert.All(TraitRules.All, t =>
        {
            Assert.True(TraitRules.TryParse(TraitRules.Name(t), out var parsed));
            Assert.Equal(t, parsed);
        });
    }
}
