using InventoryAdmin.Domain.Model;
using InventoryAdmin.Domain.Model.Ledger;
using InventoryAdmin.Domain.Model.Stock;
using InventoryAdmin.Domain.Model.Tags;
using InventoryAdmin.Domain.Services;
using InventoryAdmin.Domain.Services.Contracts;
using InventoryAdmin.Tests.Support.Domain;
using Microsoft.EntityFrameworkCore;

namespace InventoryAdmin.Tests.Services;

public sealed class TagServiceTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 3, 14, 9, 30, 0, TimeSpan.Zero);
    private static readonly Actor Merchandiser = new("merch@example.com", MovementSource.Ui);

    private readonly SqliteInventoryStore _store = new();
    private readonly InventoryChanges _changes = new();
    private readonly TagService _service;

    public TagServiceTests()
    {
        _service = new TagService(_store.Factory, _changes, new FixedTimeProvider(Now));
    }

    public Task InitializeAsync() => _store.InitializeAsync();

    public Task DisposeAsync() => _store.DisposeAsync();

    private static TagDraft Draft(string name, string defaultValue, params (string Name, decimal? Percent)[] values) =>
        new(name, values.Select(v => new TagValueDraft(v.Name, v.Percent)).ToList(), defaultValue);

    private static TagDraft ChannelDraft() => Draft("Channel", "Kibo", ("Kibo", 80m), ("Amazon", 10m), ("Walmart", 10m));

    private static TagDraft OrderTypeDraft() => Draft("OrderType", "STH", ("STH", 70m), ("BOPIS", 30m));

    private async Task<Tag> LoadTagAsync(string name)
    {
        await using var db = _store.CreateContext();
        return await db.Tags.AsNoTracking().SingleAsync(t => t.Name == name);
    }

    private async Task<int> CountTagsAsync()
    {
        await using var db = _store.CreateContext();
        return await db.Tags.CountAsync();
    }

    private async Task<List<StockRow>> StockRowsAsync()
    {
        await using var db = _store.CreateContext();
        return await db.StockRows.AsNoTracking().OrderBy(s => s.Id).ToListAsync();
    }

    private async Task<List<Movement>> MovementsAsync()
    {
        await using var db = _store.CreateContext();
        return await db.Movements.AsNoTracking().OrderBy(m => m.Id).ToListAsync();
    }

    // Create, list, get

    [Fact]
    public async Task CreateAsync_ValidDraft_SavesTagAndReturnsIt()
    {
        var created = await _service.CreateAsync(ChannelDraft(), Merchandiser);

        Assert.Equal("Channel", created.Name);
        Assert.Equal(TagMode.Percentage, created.Mode);
        Assert.Equal("Kibo", created.DefaultValue);
        Assert.Equal([("Kibo", (decimal?)80m), ("Amazon", 10m), ("Walmart", 10m)], created.Values.Select(v => (v.Name, v.Percent)));
        var stored = await LoadTagAsync("Channel");
        Assert.Equal(["Kibo", "Amazon", "Walmart"], stored.Values.Select(v => v.Name));
        Assert.Equal("Kibo", stored.DefaultValue.Name);
    }

    [Fact]
    public async Task ListAsync_TwoTagsCreated_ReturnsThemInCreationOrder()
    {
        await _service.CreateAsync(OrderTypeDraft(), Merchandiser);
        await _service.CreateAsync(ChannelDraft(), Merchandiser);

        var tags = await _service.ListAsync();

        Assert.Equal(["OrderType", "Channel"], tags.Select(t => t.Name));
        Assert.Equal(["STH", "BOPIS"], tags[0].Values.Select(v => v.Name));
    }

    [Fact]
    public async Task ListAsync_EmptyStore_ReturnsNoTags()
    {
        var tags = await _service.ListAsync();

        Assert.Empty(tags);
    }

    [Fact]
    public async Task GetAsync_NameInOtherCaseWithSpaces_ReturnsTheTag()
    {
        await _service.CreateAsync(ChannelDraft(), Merchandiser);

        var tag = await _service.GetAsync("  channel ");

        Assert.Equal("Channel", tag.Name);
        Assert.Equal(3, tag.Values.Count);
    }

    [Fact]
    public async Task GetAsync_UnknownName_ThrowsNotFound()
    {
        var exception = await Assert.ThrowsAsync<InventoryRuleException>(() => _service.GetAsync("Channel"));

        Assert.Equal(RuleViolationKind.NotFound, exception.Kind);
        Assert.Equal("There is no tag named 'Channel'.", exception.Message);
    }

    [Fact]
    public async Task CreateAsync_DuplicateNameIgnoringCase_ThrowsConflictAndSavesNothing()
    {
        await _service.CreateAsync(ChannelDraft(), Merchandiser);

        var exception = await Assert.ThrowsAsync<InventoryRuleException>(() =>
            _service.CreateAsync(Draft(" CHANNEL ", "Ebay", ("Ebay", null)), Merchandiser));

        Assert.Equal(RuleViolationKind.Conflict, exception.Kind);
        Assert.Contains("name", exception.Errors.Keys);
        Assert.Equal(1, await CountTagsAsync());
        Assert.Equal(["Kibo", "Amazon", "Walmart"], (await LoadTagAsync("Channel")).Values.Select(v => v.Name));
    }

    [Fact]
    public async Task CreateAsync_PercentsNotAddingUp_ThrowsInvalidAndSavesNothing()
    {
        var exception = await Assert.ThrowsAsync<InventoryRuleException>(() =>
            _service.CreateAsync(Draft("Channel", "Kibo", ("Kibo", 79.99m), ("Amazon", 10m), ("Walmart", 10m)), Merchandiser));

        Assert.Equal(RuleViolationKind.Invalid, exception.Kind);
        Assert.Contains("99.99", exception.Errors["values"].Single());
        Assert.Equal(0, await CountTagsAsync());
    }

    [Fact]
    public async Task CreateAsync_Succeeds_RaisesTagsChangedNamingTheTag()
    {
        var raised = new List<InventoryChange>();
        _changes.Changed += raised.Add;

        await _service.CreateAsync(ChannelDraft(), Merchandiser);

        Assert.Equal([new InventoryChange(InventoryChangeArea.Tags, "Channel")], raised);
    }

    [Fact]
    public async Task CreateAsync_Refused_RaisesNoChange()
    {
        var raised = new List<InventoryChange>();
        _changes.Changed += raised.Add;

        await Assert.ThrowsAsync<InventoryRuleException>(() => _service.CreateAsync(Draft("", "Kibo", ("Kibo", null)), Merchandiser));

        Assert.Empty(raised);
    }

    [Fact]
    public async Task CheckAsync_EditedTagKeepsItsOwnName_IsValid()
    {
        await _service.CreateAsync(ChannelDraft(), Merchandiser);

        var whenEditing = await _service.CheckAsync(ChannelDraft(), originalName: "Channel");
        var whenCreating = await _service.CheckAsync(ChannelDraft(), originalName: null);

        Assert.True(whenEditing.IsValid);
        Assert.True(whenCreating.IsOnlyNameConflict);
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

    // Delete

    [Fact]
    public async Task DeleteAsync_NoStock_DeletesTagAndItsValues()
    {
        await _service.CreateAsync(ChannelDraft(), Merchandiser);
        await _service.CreateAsync(OrderTypeDraft(), Merchandiser);

        await _service.DeleteAsync("channel", Merchandiser);

        Assert.Equal(["OrderType"], (await _service.ListAsync()).Select(t => t.Name));
        await using var db = _store.CreateContext();
        Assert.Equal(["STH", "BOPIS"], await db.TagValues.OrderBy(v => v.Id).Select(v => v.Name).ToListAsync());
    }

    [Fact]
    public async Task DeleteAsync_StockRowsUseTheTag_IsRefusedNamingUnitsAndLocationAndTagRemains()
    {
        var channel = await _service.CreateAsync(ChannelDraft(), Merchandiser);
        var orderType = await _service.CreateAsync(OrderTypeDraft(), Merchandiser);
        var amazonId = channel.Values.Single(v => v.Name == "Amazon").Id;
        var kiboId = channel.Values.Single(v => v.Name == "Kibo").Id;
        var sthId = orderType.Values.Single(v => v.Name == "STH").Id;
        var (productId, locationId) = await _store.AddProductAndLocationAsync(locationCode: "Retailer2");
        await _store.AddStockRowAsync(productId, locationId, [amazonId, sthId], 12);
        await _store.AddStockRowAsync(productId, locationId, [kiboId, sthId], 30);

        var exception = await Assert.ThrowsAsync<InventoryRuleException>(() => _service.DeleteAsync("Channel", Merchandiser));

        Assert.Contains("Cannot delete tag 'Channel'", exception.Message);
        Assert.Contains("42 units", exception.Message);
        Assert.Contains("Retailer2", exception.Message);
        Assert.Contains("Amazon: 12", exception.Message);
        Assert.Contains("Kibo: 30", exception.Message);
        Assert.Equal(["Channel", "OrderType"], (await _service.ListAsync()).Select(t => t.Name));
        Assert.Equal(3, (await LoadTagAsync("Channel")).Values.Count);
        Assert.Equal(2, (await StockRowsAsync()).Count);
    }

    [Fact]
    public async Task DeleteAsync_OnlyEmptyStockRows_DeletesTagAndTheEmptyRows()
    {
        var channel = await _service.CreateAsync(ChannelDraft(), Merchandiser);
        var (productId, locationId) = await _store.AddProductAndLocationAsync();
        await _store.AddStockRowAsync(productId, locationId, [channel.Values[0].Id], 0);

        await _service.DeleteAsync("Channel", Merchandiser);

        Assert.Empty(await _service.ListAsync());
        Assert.Empty(await StockRowsAsync());
    }

    [Fact]
    public async Task DeleteAsync_UnknownTag_ThrowsNotFound()
    {
        var exception = await Assert.ThrowsAsync<InventoryRuleException>(() => _service.DeleteAsync("Channel", Merchandiser));

        Assert.Equal(RuleViolationKind.NotFound, exception.Kind);
    }

    // New tag over existing stock

    [Fact]
    public async Task CreateAsync_StockExists_AppendsNewDefaultToEveryKeyAndWritesBalancedMovements()
    {
        var channel = await _service.CreateAsync(ChannelDraft(), Merchandiser);
        var kiboId = channel.Values.Single(v => v.Name == "Kibo").Id;
        var amazonId = channel.Values.Single(v => v.Name == "Amazon").Id;
        var (productId, locationId) = await _store.AddProductAndLocationAsync();
        await _store.AddStockRowAsync(productId, locationId, [kiboId], 8);
        await _store.AddStockRowAsync(productId, locationId, [amazonId], 3);

        var orderType = await _service.CreateAsync(OrderTypeDraft(), Merchandiser);

        var sthId = orderType.Values.Single(v => v.Name == "STH").Id;
        var rows = await StockRowsAsync();
        Assert.Equal(
            [(StoredSegment.Encode([kiboId, sthId]), 8), (StoredSegment.Encode([amazonId, sthId]), 3)],
            rows.Select(r => (r.SegmentKey, r.Quantity)));

        var movements = await MovementsAsync();
        Assert.Equal(4, movements.Count);
        foreach (var (oldKey, newKey, quantity) in new[]
                 {
                     (StoredSegment.Encode([kiboId]), StoredSegment.Encode([kiboId, sthId]), 8),
                     (StoredSegment.Encode([amazonId]), StoredSegment.Encode([amazonId, sthId]), 3),
                 })
        {
            var outOfOld = Assert.Single(movements, m => m.SegmentKey == oldKey);
            var intoNew = Assert.Single(movements, m => m.SegmentKey == newKey);
            Assert.Equal((quantity, -quantity, 0), (outOfOld.Before, outOfOld.Delta, outOfOld.After));
            Assert.Equal((0, quantity, quantity), (intoNew.Before, intoNew.Delta, intoNew.After));
            Assert.Equal(0, outOfOld.Delta + intoNew.Delta);
        }

        Assert.All(movements, m =>
        {
            Assert.Equal(productId, m.ProductId);
            Assert.Equal(locationId, m.LocationId);
            Assert.Equal(Merchandiser.Name, m.Actor);
            Assert.Equal(MovementSource.Ui, m.Source);
            Assert.Equal(Now.UtcDateTime, m.AtUtc);
            Assert.Contains("OrderType", m.Reason);
            Assert.Contains("STH", m.Reason);
        });
    }

    [Fact]
    public async Task CreateAsync_StockExists_NewDefaultValueHoldsTheStock()
    {
        var channel = await _service.CreateAsync(ChannelDraft(), Merchandiser);
        var (productId, locationId) = await _store.AddProductAndLocationAsync();
        await _store.AddStockRowAsync(productId, locationId, [channel.Values[0].Id], 9);

        await _service.CreateAsync(OrderTypeDraft(), Merchandiser);

        Assert.Equal([new ValueUsage("STH", "Retailer2", 9)], await _service.UsageAsync("OrderType"));
        await Assert.ThrowsAsync<InventoryRuleException>(() => _service.DeleteAsync("OrderType", Merchandiser));
    }

    [Fact]
    public async Task CreateAsync_NoStock_WritesNoMovements()
    {
        await _service.CreateAsync(ChannelDraft(), Merchandiser);

        Assert.Empty(await MovementsAsync());
    }
}
