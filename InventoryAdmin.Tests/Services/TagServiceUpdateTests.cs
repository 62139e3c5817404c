using InventoryAdmin.Domain.Model;
using InventoryAdmin.Domain.Model.Ledger;
using InventoryAdmin.Domain.Model.Stock;
using InventoryAdmin.Domain.Model.Tags;
using InventoryAdmin.Domain.Services;
using InventoryAdmin.Domain.Services.Contracts;
using InventoryAdmin.Tests.Support.Domain;
using Microsoft.EntityFrameworkCore;

namespace InventoryAdmin.Tests.Services;

/// <summary>Editing tags: renames, mode switches (rule 6), removing values that hold stock (rule 7).</summary>
public class TagServiceUpdateTests : TagServiceTestBase
{
    public TagServiceUpdateTests()
        : this(null)
    {
    }

    /// <summary>The same tests on another engine (see the PostgreSQL subclass).</summary>
    protected TagServiceUpdateTests(InventoryTestStore? store)
        : base(store: store)
    {
    }

    // Update

    [Fact]
    public async Task UpdateAsync_RenameTagAndValuesById_KeepsValueIdsAndSavesNewNames()
    {
        var created = await _service.CreateAsync(ChannelDraft(), Merchandiser);
        var ids = created.Values.Select(v => v.Id).ToList();
        var draft = new TagDraft("Sales channel",
        [
            new("Kibo web", 80m, ids[0]),
            new("Amazon US", 10m, ids[1]),
            new("Walmart", 10m, ids[2]),
        ], "Kibo web");

        var updated = await _service.UpdateAsync("Channel", draft, confirmModeChange: false, Merchandiser);

        Assert.Equal("Sales channel", updated.Name);
        var stored = await LoadTagAsync("Sales channel");
        Assert.Equal([("Kibo web", ids[0]), ("Amazon US", ids[1]), ("Walmart", ids[2])], stored.Values.Select(v => (v.Name, v.Id)));
        Assert.Equal("Kibo web", stored.DefaultValue.Name);
        Assert.Equal(1, await CountTagsAsync());
    }

    [Fact]
    public async Task UpdateAsync_SwapTwoValueNamesById_SavesBothRenames()
    {
        var created = await _service.CreateAsync(Draft("Channel", "Kibo", ("Kibo", 80m), ("Amazon", 20m)), Merchandiser);
        var kibo = created.Values[0].Id;
        var amazon = created.Values[1].Id;
        var swapped = new TagDraft("Channel", [new("Amazon", 80m, kibo), new("Kibo", 20m, amazon)], "Kibo");

        await _service.UpdateAsync("Channel", swapped, confirmModeChange: false, Merchandiser);

        var stored = await LoadTagAsync("Channel");
        Assert.Equal([("Amazon", kibo, 8000), ("Kibo", amazon, 2000)], stored.Values.Select(v => (v.Name, v.Id, v.BasisPoints ?? 0)));
        Assert.Equal(amazon, stored.DefaultValue.Id);
    }

    [Fact]
    public async Task UpdateAsync_RenamedValueHoldingStock_KeepsTheStockInTheRenamedValue()
    {
        var created = await _service.CreateAsync(ChannelDraft(), Merchandiser);
        var amazonId = created.Values.Single(v => v.Name == "Amazon").Id;
        var (productId, locationId) = await _store.AddProductAndLocationAsync();
        await _store.AddStockRowAsync(productId, locationId, [amazonId], 5);
        var draft = created.ToDraft() with
        {
            Values = created.Values.Select(v => new TagValueDraft(v.Name == "Amazon" ? "Amazon US" : v.Name, v.Percent, v.Id)).ToList(),
        };

        await _service.UpdateAsync("Channel", draft, confirmModeChange: false, Merchandiser);

        var usage = await _service.UsageAsync("Channel");
        Assert.Equal([new ValueUsage("Amazon US", "Retailer2", 5)], usage);
    }

    [Fact]
    public async Task UpdateAsync_DuplicateOfAnotherTagName_ThrowsConflictAndChangesNothing()
    {
        await _service.CreateAsync(ChannelDraft(), Merchandiser);
        await _service.CreateAsync(OrderTypeDraft(), Merchandiser);

        var exception = await Assert.ThrowsAsync<InventoryRuleException>(() =>
            _service.UpdateAsync("OrderType", OrderTypeDraft() with { Name = "channel" }, confirmModeChange: false, Merchandiser));

        Assert.Equal(RuleViolationKind.Conflict, exception.Kind);
        Assert.Equal(["Channel", "OrderType"], (await _service.ListAsync()).Select(t => t.Name));
    }

    [Fact]
    public async Task UpdateAsync_UnknownTag_ThrowsNotFound()
    {
        var exception = await Assert.ThrowsAsync<InventoryRuleException>(() =>
            _service.UpdateAsync("Channel", ChannelDraft(), confirmModeChange: false, Merchandiser));

        Assert.Equal(RuleViolationKind.NotFound, exception.Kind);
    }

    [Fact]
    public async Task UpdateAsync_ModeSwitchWithoutConfirmation_IsRefusedOnConfirmFieldAndTagUnchanged()
    {
        await _service.CreateAsync(ChannelDraft(), Merchandiser);
        var discrete = Draft("Channel", "Kibo", ("Kibo", null), ("Amazon", null), ("Walmart", null));

        var exception = await Assert.ThrowsAsync<InventoryRuleException>(() =>
            _service.UpdateAsync("Channel", discrete, confirmModeChange: false, Merchandiser));

        Assert.Equal(RuleViolationKind.Invalid, exception.Kind);
        Assert.Equal(["confirmModeChange"], exception.Errors.Keys);
        Assert.Contains("percentage", exception.Message);
        Assert.Contains("discrete", exception.Message);
        var stored = await LoadTagAsync("Channel");
        Assert.Equal(TagMode.Percentage, stored.Mode);
        Assert.Equal([8000, 1000, 1000], stored.Values.Select(v => v.BasisPoints));
    }

    [Fact]
    public async Task UpdateAsync_ModeSwitchWithConfirmation_SwitchesToDiscrete()
    {
        await _service.CreateAsync(ChannelDraft(), Merchandiser);
        var discrete = Draft("Channel", "Kibo", ("Kibo", null), ("Amazon", null), ("Walmart", null));

        var updated = await _service.UpdateAsync("Channel", discrete, confirmModeChange: true, Merchandiser);

        Assert.Equal(TagMode.Discrete, updated.Mode);
        Assert.Equal(TagMode.Discrete, (await LoadTagAsync("Channel")).Mode);
    }

    [Fact]
    public async Task UpdateAsync_DiscreteToPercentageWithConfirmation_SwitchesToPercentage()
    {
        await _service.CreateAsync(Draft("Condition", "Good", ("Good", null), ("Damaged", null)), Merchandiser);

        await Assert.ThrowsAsync<InventoryRuleException>(() =>
            _service.UpdateAsync("Condition", Draft("Condition", "Good", ("Good", 90m), ("Damaged", 10m)), confirmModeChange: false, Merchandiser));
        var updated = await _service.UpdateAsync("Condition", Draft("Condition", "Good", ("Good", 90m), ("Damaged", 10m)), confirmModeChange: true, Merchandiser);

        Assert.Equal(TagMode.Percentage, updated.Mode);
        Assert.Equal([9000, 1000], (await LoadTagAsync("Condition")).Values.Select(v => v.BasisPoints));
    }

    [Fact]
    public async Task UpdateAsync_RemoveValueHoldingStock_IsRefusedAndNothingChanges()
    {
        var created = await _service.CreateAsync(ChannelDraft(), Merchandiser);
        var walmartId = created.Values.Single(v => v.Name == "Walmart").Id;
        var (productId, locationId) = await _store.AddProductAndLocationAsync();
        await _store.AddStockRowAsync(productId, locationId, [walmartId], 7);
        var draft = Draft("Channel", "Kibo", ("Kibo", 85m), ("Amazon", 15m));

        var exception = await Assert.ThrowsAsync<InventoryRuleException>(() =>
            _service.UpdateAsync("Channel", draft, confirmModeChange: false, Merchandiser));

        Assert.Contains("'Walmart'", exception.Message);
        Assert.Contains("7 units", exception.Message);
        Assert.Contains("Retailer2", exception.Message);
        var stored = await LoadTagAsync("Channel");
        Assert.Equal([("Kibo", (int?)8000), ("Amazon", 1000), ("Walmart", 1000)], stored.Values.Select(v => (v.Name, v.BasisPoints)));
        Assert.Equal(7, Assert.Single(await StockRowsAsync()).Quantity);
    }

    [Fact]
    public async Task UpdateAsync_RemoveValueWithOnlyEmptyStockRows_RemovesValueAndItsEmptyRows()
    {
        var created = await _service.CreateAsync(ChannelDraft(), Merchandiser);
        var kiboId = created.Values.Single(v => v.Name == "Kibo").Id;
        var walmartId = created.Values.Single(v => v.Name == "Walmart").Id;
        var (productId, locationId) = await _store.AddProductAndLocationAsync();
        await _store.AddStockRowAsync(productId, locationId, [walmartId], 0);
        await _store.AddStockRowAsync(productId, locationId, [kiboId], 4);

        await _service.UpdateAsync("Channel", Draft("Channel", "Kibo", ("Kibo", 85m), ("Amazon", 15m)), confirmModeChange: false, Merchandiser);

        Assert.Equal(["Kibo", "Amazon"], (await LoadTagAsync("Channel")).Values.Select(v => v.Name));
        var row = Assert.Single(await StockRowsAsync());
        Assert.Equal(StoredSegment.Encode([kiboId]), row.SegmentKey);
        Assert.Equal(4, row.Quantity);
    }
}
