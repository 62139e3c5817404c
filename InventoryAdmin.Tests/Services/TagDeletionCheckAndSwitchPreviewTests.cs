using InventoryAdmin.Domain.Model;
using InventoryAdmin.Domain.Services;
using InventoryAdmin.Domain.Services.Contracts;
using InventoryAdmin.Tests.Support.Domain;

namespace InventoryAdmin.Tests.Services;

/// <summary>What the settings page asks before it deletes a tag or value (rule 7) and before it flips the tags switch.</summary>
public class TagDeletionCheckAndSwitchPreviewTests : TagServiceTestBase
{
    public TagDeletionCheckAndSwitchPreviewTests()
        : this(null)
    {
    }

    /// <summary>The same tests on another engine (see the PostgreSQL subclass).</summary>
    protected TagDeletionCheckAndSwitchPreviewTests(InventoryTestStore? store)
        : base(store: store)
    {
    }

    [Fact]
    public async Task CheckDeletionAsync_ValueHoldsStock_ListsItPerLocationAndRefusesAsDeleteWould()
    {
        var channel = await _service.CreateAsync(ChannelDraft(), Merchandiser);
        var amazon = channel.Values.Single(v => v.Name == "Amazon").Id;
        var kibo = channel.Values.Single(v => v.Name == "Kibo").Id;
        var (productId, retailer) = await _store.AddProductAndLocationAsync(locationCode: "Retailer2");
        await _store.AddStockRowAsync(productId, retailer, [amazon], 12);
        await _store.AddStockRowAsync(productId, retailer, [kibo], 30);

        var value = await _service.CheckDeletionAsync("Channel", amazon);
        var walmart = await _service.CheckDeletionAsync("Channel", channel.Values.Single(v => v.Name == "Walmart").Id);
        var tag = await _service.CheckDeletionAsync("channel");

        Assert.False(value.CanDelete);
        Assert.Equal([new ValueUsage("Amazon", "Retailer2", 12)], value.Blocking);
        Assert.Equal("Amazon", value.Value);
        Assert.True(walmart.CanDelete);
        Assert.False(tag.CanDelete);
        Assert.Equal(42, tag.Units);
        Assert.Equal(["Kibo", "Amazon", "Walmart"], tag.Values);
        await Assert.ThrowsAsync<InventoryRuleException>(() => _service.DeleteAsync("Channel", Merchandiser));
    }

    [Fact]
    public async Task CheckDeletionAsync_NoStock_AllowsTheDeleteAndNamesTheValues()
    {
        await _service.CreateAsync(OrderTypeDraft(), Merchandiser);

        var check = await _service.CheckDeletionAsync("OrderType");

        Assert.True(check.CanDelete);
        Assert.Empty(check.Blocking);
        Assert.Equal(["STH", "BOPIS"], check.Values);
    }

    [Fact]
    public async Task PreviewTagsSwitchAsync_TagsOn_CountsRecordsSegmentsAndUnitsOutsideTheDefault()
    {
        var settings = new InventorySettingsService(_store.Factory, _changes);
        await settings.SetTagsEnabledAsync(true);
        var channel = await _service.CreateAsync(ChannelDraft(), Merchandiser);
        int Id(string name) => channel.Values.Single(v => v.Name == name).Id;
        var (tshirt, retailer) = await _store.AddProductAndLocationAsync("TSHI-BLA-001", "Retailer2");
        var (cap, dc) = await _store.AddProductAndLocationAsync("CAP-RED-002", "DC-East");
        await _store.AddStockRowAsync(tshirt, retailer, [Id("Kibo")], 30);
        await _store.AddStockRowAsync(tshirt, retailer, [Id("Amazon")], 12);
        await _store.AddStockRowAsync(cap, dc, [Id("Kibo")], 5);
        await _store.AddStockRowAsync(cap, dc, [Id("Walmart")], 0);

        var preview = await settings.PreviewTagsSwitchAsync();

        Assert.True(preview.TagsEnabled);
        Assert.Equal(1, preview.Tags);
        Assert.Equal(2, preview.Records);
        Assert.Equal(3, preview.Segments);
        Assert.Equal(1, preview.SplitRecords);
        Assert.Equal(47, preview.Units);
        Assert.Equal(35, preview.UnitsInDefaultSegment);
        Assert.Equal(12, preview.UnitsInOtherSegments);
        Assert.Equal("Channel=Kibo", preview.DefaultSegment);
        Assert.True(preview.HasPercentageTags);
        Assert.True((await settings.GetAsync()).TagsEnabled);
    }
}
