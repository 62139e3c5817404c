using InventoryAdmin.Domain.Model;
using InventoryAdmin.Domain.Model.Ledger;
using InventoryAdmin.Domain.Model.Stock;
using InventoryAdmin.Domain.Model.Tags;
using InventoryAdmin.Domain.Services;
using InventoryAdmin.Domain.Services.Contracts;
using InventoryAdmin.Tests.Support.Domain;
using Microsoft.EntityFrameworkCore;

namespace InventoryAdmin.Tests.Services;

/// <summary>Deleting tags (rule 7), and stock that predates a new tag going to its default value.</summary>
public class TagServiceDeleteTests : TagServiceTestBase
{
    public TagServiceDeleteTests()
        : this(null)
    {
    }

    /// <summary>The same tests on another engine (see the PostgreSQL subclass).</summary>
    protected TagServiceDeleteTests(InventoryTestStore? store)
        : base(store: store)
    {
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
