using InventoryAdmin.Domain.Model.Stock;
using InventoryAdmin.Domain.Model.Tags;
using InventoryAdmin.Tests.Support.Stock;
using Microsoft.EntityFrameworkCore;

namespace InventoryAdmin.Tests.Domain.Stock;

/// <summary>Over tags saved through <c>TagService</c>, because stored keys are made of the values' database ids.</summary>
public sealed class TagCatalogueTests : IAsyncLifetime
{
    private readonly StockTestBed _bed = new();

    public Task InitializeAsync() => _bed.InitializeAsync();

    public Task DisposeAsync() => _bed.DisposeAsync();

    private async Task<IReadOnlyList<Tag>> SaveAndLoadAsync(params TagDraft[] drafts)
    {
        foreach (var draft in drafts) await _bed.Tags.CreateAsync(draft, StockTestBed.Manager);
        await using var db = _bed.Store.CreateContext();
        return await db.Tags.AsNoTracking().ToListAsync();
    }

    private static TagDraft Channel() => StockTestBed.Draft("Channel", "Kibo", ("Kibo", 80m), ("Amazon", 10m), ("Walmart", 10m));

    private static TagDraft OrderType() => StockTestBed.Draft("OrderType", "STH", ("STH", 70m), ("BOPIS", 30m));

    private static TagDraft Defective() => StockTestBed.Draft("Defective", "No", ("No", null), ("Yes", null));

    private static int IdOf(IReadOnlyList<Tag> tags, string tag, string value) =>
        tags.Single(t => t.Name == tag).Values.Single(v => v.Name == value).Id;

    private static Dictionary<string, string> Given(params (string Tag, string Value)[] tags) => tags.ToDictionary(t => t.Tag, t => t.Value);

    private async Task<(TagCatalogue Catalogue, IReadOnlyList<Tag> Tags)> SpecCatalogueAsync()
    {
        var tags = await SaveAndLoadAsync(Channel(), OrderType());
        return (new TagCatalogue(tags, enabled: true), tags);
    }

    // Encode

    [Fact]
    public async Task Encode_NoTagsGiven_GivesTheDefaultsKey()
    {
        var (catalogue, tags) = await SpecCatalogueAsync();

        var key = catalogue.Encode(null, out var errors);

        Assert.Empty(errors);
        Assert.Equal(StoredSegment.Encode([IdOf(tags, "Channel", "Kibo"), IdOf(tags, "OrderType", "STH")]), key);
        Assert.Equal(catalogue.DefaultKey, key);
    }

    [Fact]
    public async Task Encode_AllTagsGiven_GivesTheirValueIdsInTagOrder()
    {
        var (catalogue, tags) = await SpecCatalogueAsync();

        var key = catalogue.Encode(Given(("OrderType", "BOPIS"), ("Channel", "Walmart")), out var errors);

        Assert.Empty(errors);
        Assert.Equal(StoredSegment.Encode([IdOf(tags, "Channel", "Walmart"), IdOf(tags, "OrderType", "BOPIS")]), key);
    }

    [Fact]
    public async Task Encode_TagLeftOut_TakesItsDefaultValue()
    {
        var (catalogue, tags) = await SpecCatalogueAsync();

        var key = catalogue.Encode(Given(("Channel", "Amazon")), out var errors);

        Assert.Empty(errors);
        Assert.Equal(StoredSegment.Encode([IdOf(tags, "Channel", "Amazon"), IdOf(tags, "OrderType", "STH")]), key);
    }

    [Fact]
    public async Task Encode_NamesAndValuesInOtherCaseWithSpaces_GiveTheSameKey()
    {
        var (catalogue, _) = await SpecCatalogueAsync();

        var canonical = catalogue.Encode(Given(("Channel", "Amazon"), ("OrderType", "BOPIS")), out _);
        var sloppy = catalogue.Encode(Given((" channel ", "AMAZON "), ("ORDERTYPE", "bopis")), out var errors);

        Assert.Empty(errors);
        Assert.Equal(canonical, sloppy);
    }

    [Fact]
    public async Task Encode_UnknownTag_ReportsItUnderTheGivenName()
    {
        var (catalogue, _) = await SpecCatalogueAsync();

        catalogue.Encode(Given(("Colour", "Red"), ("Channel", "Amazon")), out var errors);

        var error = Assert.Single(errors);
        Assert.Equal("Colour", error.Key);
        Assert.Equal("There is no tag named 'Colour'. Tags: Channel, OrderType.", error.Value);
    }

    [Fact]
    public async Task Encode_UnknownValue_ReportsItUnderTheTagName()
    {
        var (catalogue, _) = await SpecCatalogueAsync();

        catalogue.Encode(Given(("channel", "eBay"), ("OrderType", "BOPIS")), out var errors);

        var error = Assert.Single(errors);
        Assert.Equal("Channel", error.Key);
        Assert.Equal("'eBay' is not a value of tag 'Channel'. Values: Kibo, Amazon, Walmart.", error.Value);
    }

    [Fact]
    public async Task Encode_SeveralProblems_ReportsEachOne()
    {
        var (catalogue, _) = await SpecCatalogueAsync();

        catalogue.Encode(Given(("Channel", "eBay"), ("OrderType", "Pickup"), ("Size", "XL")), out var errors);

        Assert.Equal(["Channel", "OrderType", "Size"], errors.Keys.Order());
    }

    // Decode

    [Fact]
    public async Task Decode_EveryEncodedSegment_GivesBackItsTagsWithTheirStoredNames()
    {
        var (catalogue, _) = await SpecCatalogueAsync();

        foreach (var channel in new[] { "Kibo", "Amazon", "Walmart" })
            foreach (var orderType in new[] { "STH", "BOPIS" })
            {
                var key = catalogue.Encode(Given(("channel", channel.ToUpperInvariant()), ("ordertype", orderType.ToLowerInvariant())), out _);

                var decoded = catalogue.Decode(key);

                Assert.Equal([("Channel", channel), ("OrderType", orderType)], decoded.Select(d => (d.Key, d.Value)));
            }
    }

    [Fact]
    public async Task Decode_KeyMissingATag_GivesThatTagsDefault()
    {
        var (catalogue, tags) = await SpecCatalogueAsync();

        var decoded = catalogue.Decode(StoredSegment.Encode([IdOf(tags, "Channel", "Walmart")]));

        Assert.Equal("Walmart", decoded["Channel"]);
        Assert.Equal("STH", decoded["OrderType"]);
    }

    [Fact]
    public async Task Decode_TagNameInOtherCase_FindsTheValue()
    {
        var (catalogue, _) = await SpecCatalogueAsync();

        var decoded = catalogue.Decode(catalogue.Encode(Given(("Channel", "Amazon")), out _));

        Assert.Equal("Amazon", decoded["CHANNEL"]);
    }

    // Split

    [Fact]
    public async Task Split_TenUnitsOverSpecTags_GivesTheSpecExample()
    {
        var (catalogue, _) = await SpecCatalogueAsync();

        var shares = catalogue.Split(10);

        var bySegment = shares.Where(s => s.Value > 0)
            .Select(s => (Segment: string.Join("/", catalogue.Decode(s.Key).Values), Units: s.Value));
        Assert.Equal([("Kibo/STH", 6), ("Kibo/BOPIS", 2), ("Amazon/STH", 1), ("Walmart/STH", 1)], bySegment);
        Assert.Equal(6, shares.Count);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(10)]
    [InlineData(99)]
    [InlineData(12_345)]
    public async Task Split_AnyUnits_SumsToUnitsAndMatchesPercentageSplit(int units)
    {
        var (catalogue, tags) = await SpecCatalogueAsync();

        var shares = catalogue.Split(units);

        Assert.Equal(units, shares.Sum(s => s.Value));
        var expected = PercentageSplit.Split(units, tags).Select(s => (s.Key.ToString(), s.Units));
        var actual = shares.Select(s => (string.Join(", ", catalogue.Decode(s.Key).Select(d => $"{d.Key}={d.Value}")), s.Value));
        Assert.Equal(expected, actual);
    }

    [Fact]
    public async Task Split_WithADiscreteTag_PutsEverythingAtItsDefault()
    {
        var tags = await SaveAndLoadAsync(Channel(), Defective());
        var catalogue = new TagCatalogue(tags, enabled: true);

        var shares = catalogue.Split(10);

        Assert.Equal(
            [("Kibo", "No", 8), ("Amazon", "No", 1), ("Walmart", "No", 1)],
            shares.Select(s => (catalogue.Decode(s.Key)["Channel"], catalogue.Decode(s.Key)["Defective"], s.Value)));
    }

    // Tags disabled

    [Fact]
    public async Task Encode_CatalogueDisabled_GivesTheDefaultsKeyWhateverIsGiven()
    {
        var tags = await SaveAndLoadAsync(Channel(), OrderType());
        var catalogue = new TagCatalogue(tags, enabled: false);

        var named = catalogue.Encode(Given(("Channel", "Amazon"), ("OrderType", "BOPIS")), out var namedErrors);
        var unknown = catalogue.Encode(Given(("Colour", "Red")), out var unknownErrors);

        Assert.Equal(catalogue.DefaultKey, named);
        Assert.Equal(catalogue.DefaultKey, unknown);
        Assert.Empty(namedErrors);
        Assert.Empty(unknownErrors);
    }

    [Fact]
    public async Task Split_CatalogueDisabled_PutsEverythingInTheDefaultsKey()
    {
        var tags = await SaveAndLoadAsync(Channel(), OrderType());
        var catalogue = new TagCatalogue(tags, enabled: false);

        var shares = catalogue.Split(10);

        Assert.Equal([new KeyValuePair<string, int>(catalogue.DefaultKey, 10)], shares);
    }

    [Fact]
    public async Task Effective_CatalogueDisabled_CountsEveryKeyAsTheDefaultsKey()
    {
        var tags = await SaveAndLoadAsync(Channel(), OrderType());
        var enabled = new TagCatalogue(tags, enabled: true);
        var disabled = new TagCatalogue(tags, enabled: false);
        var amazon = enabled.Encode(Given(("Channel", "Amazon")), out _);

        Assert.Equal(amazon, enabled.Effective(amazon));
        Assert.Equal(disabled.DefaultKey, disabled.Effective(amazon));
    }

    [Fact]
    public void Split_NoTagsAtAll_PutsEverythingInTheEmptyKey()
    {
        var catalogue = new TagCatalogue([], enabled: true);

        var shares = catalogue.Split(4);

        Assert.Equal([new KeyValuePair<string, int>(StoredSegment.None, 4)], shares);
        Assert.Equal(StoredSegment.None, catalogue.DefaultKey);
    }

    // UnsegmentedLinesAreExplicit

    [Fact]
    public async Task UnsegmentedLinesAreExplicit_SomePercentageTag_IsFalse()
    {
        var tags = await SaveAndLoadAsync(Channel(), Defective());

        Assert.False(new TagCatalogue(tags, enabled: true).UnsegmentedLinesAreExplicit);
    }

    [Fact]
    public async Task UnsegmentedLinesAreExplicit_OnlyDiscreteTags_IsTrue()
    {
        var tags = await SaveAndLoadAsync(Defective());

        Assert.True(new TagCatalogue(tags, enabled: true).UnsegmentedLinesAreExplicit);
    }

    [Fact]
    public void UnsegmentedLinesAreExplicit_EnabledWithoutTags_IsTrue()
    {
        Assert.True(new TagCatalogue([], enabled: true).UnsegmentedLinesAreExplicit);
    }

    [Fact]
    public async Task UnsegmentedLinesAreExplicit_Disabled_IsFalse()
    {
        var tags = await SaveAndLoadAsync(Defective());

        Assert.False(new TagCatalogue(tags, enabled: false).UnsegmentedLinesAreExplicit);
    }

    [Fact]
    public async Task Tags_SavedInSomeOrder_ListedInDisplayOrder()
    {
        var tags = await SaveAndLoadAsync(OrderType(), Channel());

        var catalogue = new TagCatalogue(tags.Reverse(), enabled: true);

        Assert.Equal(["OrderType", "Channel"], catalogue.Tags.Select(t => t.Name));
    }
}
