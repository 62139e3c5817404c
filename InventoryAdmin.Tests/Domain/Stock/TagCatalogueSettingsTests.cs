using InventoryAdmin.Domain.Model.Stock;
using InventoryAdmin.Domain.Model.Tags;
using InventoryAdmin.Tests.Support.Domain;
using InventoryAdmin.Tests.Support.Stock;

namespace InventoryAdmin.Tests.Domain.Stock;

/// <summary>The catalogue with tags off, without tags, with only discrete tags, and the display order.</summary>
public class TagCatalogueSettingsTests : TagCatalogueTestBase
{
    public TagCatalogueSettingsTests()
        : this(null)
    {
    }

    /// <summary>The same tests on another engine (see the PostgreSQL subclass).</summary>
    protected TagCatalogueSettingsTests(InventoryTestStore? store)
        : base(store: store)
    {
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
