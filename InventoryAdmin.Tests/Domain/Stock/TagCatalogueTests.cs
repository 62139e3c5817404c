using InventoryAdmin.Domain.Model.Stock;
using InventoryAdmin.Domain.Model.Tags;
using InventoryAdmin.Tests.Support.Domain;
using InventoryAdmin.Tests.Support.Stock;

namespace InventoryAdmin.Tests.Domain.Stock;

/// <summary>Encoding, decoding and splitting segments with tags on.</summary>
public class TagCatalogueTests : TagCatalogueTestBase
{
    public TagCatalogueTests()
        : this(null)
    {
    }

    /// <summary>The same tests on another engine (see the PostgreSQL subclass).</summary>
    protected TagCatalogueTests(InventoryTestStore? store)
        : base(store: store)
    {
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
}
