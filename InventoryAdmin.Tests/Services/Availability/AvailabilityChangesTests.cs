using InventoryAdmin.Domain.Model;
using InventoryAdmin.Domain.Services.Availability;
using InventoryAdmin.Domain.Services.Contracts;
using InventoryAdmin.Domain.Store;
using InventoryAdmin.Tests.Support.Domain;
using InventoryAdmin.Tests.Support.Stock;
using Microsoft.EntityFrameworkCore;
using static InventoryAdmin.Tests.Support.Stock.StockTestBed;

namespace InventoryAdmin.Tests.Services.Availability;

/// <summary>The delta feed (GET /api/v1/availability/changes) over a real database: paging by cursor, rules, and commits racing a reader.</summary>
public class AvailabilityChangesTests : StockServiceTestBase
{
    private readonly StockRuleService _rules;
    private readonly AvailabilityChangeService _feed;

    public AvailabilityChangesTests()
        : this(null)
    {
    }

    protected AvailabilityChangesTests(InventoryTestStore? store)
        : base(store)
    {
        _rules = new StockRuleService(_bed.Store.Factory, _bed.Changes, new FixedTimeProvider(Now));
        _feed = new AvailabilityChangeService(_bed.Store.Factory);
    }

    /// <summary>
    /// Follows <c>next</c> from <paramref name="after"/> until <paramref name="done"/> holds for what was read and a page is empty.
    /// On PostgreSQL the feed only hands out changes of transactions older than every running one in the cluster, so a
    /// neighbouring test's transaction can hold it back for a moment: the reader polls, as a client would.
    /// </summary>
    private async Task<(List<AvailabilityChangesDto> Pages, string Next)> FollowAsync(string? after, Func<List<AvailabilityChangeDto>, bool> done,
        int limit = 1000, string? location = null, IReadOnlyDictionary<string, string>? segment = null)
    {
        var pages = new List<AvailabilityChangesDto>();
        var deadline = DateTime.UtcNow.AddSeconds(15);
        var cursor = after;
        while (true)
        {
            var page = await _feed.ChangesAsync(cursor, limit, segment, location);
            pages.Add(page);
            cursor = page.Next;
            if (page.Items.Count > 0) continue;
            if (done(pages.SelectMany(p => p.Items).ToList())) return (pages, cursor);
            Assert.True(DateTime.UtcNow < deadline, "the feed did not hand out the expected changes within 15 s");
            await Task.Delay(50);
        }
    }

    private static (string, string, int, int, int) Figures(AvailabilityChangeDto item) =>
        (item.Sku, item.LocationCode, item.Available, item.SafetyStock, item.Promisable);

    private static AvailabilityChangeDto? Last(IEnumerable<AvailabilityChangesDto> pages, string sku, string location) =>
        pages.SelectMany(p => p.Items).LastOrDefault(i => i.Sku == sku && i.LocationCode == location);

    [Fact]
    public async Task FollowingNextUntilEmpty_GivesEveryChangedSegment_OncePerPage_WithItsStateWhenRead()
    {
        await RefreshAsync(Line(Shirt, Store, 5), Line(Shirt, Dc, 4), Line(Jeans, Store, 3));
        await AdjustAsync(Line(Shirt, Store, -2));
        await AdjustAsync(Line(Shirt, Store, -1));

        var (pages, next) = await FollowAsync(null, seen => seen.Select(i => (i.Sku, i.LocationCode)).Distinct().Count() == 3, limit: 2);

        Assert.All(pages, p => Assert.True(p.Items.Count <= 2));
        Assert.All(pages, p => Assert.Equal(p.Items.Count, p.Items.Select(i => (i.Sku, i.LocationCode)).Distinct().Count()));
        Assert.Equal((Shirt, Store, 2, 0, 2), Figures(Last(pages, Shirt, Store)!));
        Assert.Equal((Shirt, Dc, 4, 0, 4), Figures(Last(pages, Shirt, Dc)!));
        Assert.Equal((Jeans, Store, 3, 0, 3), Figures(Last(pages, Jeans, Store)!));
        Assert.All(pages.SelectMany(p => p.Items), i => Assert.Equal(DateTimeKind.Utc, i.ChangedAt.Kind));
        var end = await _feed.ChangesAsync(next, 1000, null, null);
        Assert.Empty(end.Items);
        Assert.Equal(next, end.Next);

    }

    [Fact]
    public async Task AChangeAfterTheCursor_Appears_AndOnlyIt()
    {
        await RefreshAsync(Line(Shirt, Store, 5), Line(Jeans, Store, 3));
        var (_, caughtUp) = await FollowAsync(null, seen => seen.Select(i => i.Sku).Distinct().Count() == 2);

        await AdjustAsync(Line(Jeans, Store, 4));

        var (pages, _) = await FollowAsync(caughtUp, seen => seen.Any(i => i.Sku == Jeans));
        var items = pages.SelectMany(p => p.Items).ToList();
        Assert.Equal((Jeans, Store, 7, 0, 7), Figures(Assert.Single(items)));
    }

    [Fact]
    public async Task ASafetyStockRule_MakesTheSegmentsItCoversAppear_WithTheirNewPromisable()
    {
        await RefreshAsync(Line(Shirt, Store, 5), Line(Jeans, Dc, 1));
        var (_, caughtUp) = await FollowAsync(null, seen => seen.Count == 2);

        await _rules.PutAsync([new StockRuleLine(null, Store, null, 2, null)]);

        var (pages, _) = await FollowAsync(caughtUp, seen => seen.Any(i => i.Sku == Shirt));
        Assert.Equal((Shirt, Store, 5, 2, 3), Figures(Assert.Single(pages.SelectMany(p => p.Items))));
    }

    [Fact]
    public async Task ADeletedSegment_AppearsWithZero()
    {
        await RefreshAsync(Line(Shirt, Store, 5));
        var (_, caughtUp) = await FollowAsync(null, seen => seen.Count == 1);
        await using (var db = await _bed.Store.Factory.CreateDbContextAsync())
        {
            var shirtId = await db.Products.Where(p => p.Sku == Shirt).Select(p => p.Id).SingleAsync();
            await db.Segments.Where(s => s.ProductId == shirtId).ExecuteDeleteAsync();
        }

        var (pages, _) = await FollowAsync(caughtUp, seen => seen.Count == 1);
        Assert.Equal((Shirt, Store, 0, 0, 0), Figures(Assert.Single(pages.SelectMany(p => p.Items))));
    }

    [Fact]
    public async Task ALocationOrSegmentNarrowsTheFeed()
    {
        await _bed.UseSpecTagsAsync();
        await RefreshAsync(Line(Shirt, Store, 5, ("Channel", "Amazon")), Line(Shirt, Store, 6), Line(Jeans, Dc, 2, ("Channel", "Amazon")));

        var (atStore, _) = await FollowAsync(null, seen => seen.Count == 2, location: Store);
        Assert.All(atStore.SelectMany(p => p.Items), i => Assert.Equal(Store, i.LocationCode));

        var amazon = new Dictionary<string, string> { ["Channel"] = "Amazon" };
        var (pages, _) = await FollowAsync(null, seen => seen.Count == 2, limit: 1, segment: amazon);
        var items = pages.SelectMany(p => p.Items).ToList();
        Assert.Equal([(Shirt, Store, 5), (Jeans, Dc, 2)], items.Select(i => (i.Sku, i.LocationCode, i.Available)).OrderByDescending(i => i.Sku));
        Assert.All(items, i => Assert.Equal(("Amazon", "STH"), (i.Tags["Channel"], i.Tags["OrderType"])));
    }

    [Theory]
    [InlineData("abc", null, null, 10, RuleViolationKind.Malformed)]
    [InlineData(null, null, null, 0, RuleViolationKind.Malformed)]
    [InlineData(null, null, null, 1001, RuleViolationKind.Malformed)]
    [InlineData(null, "Nowhere", null, 10, RuleViolationKind.NotFound)]
    [InlineData(null, null, "Colour", 10, RuleViolationKind.Invalid)]
    public async Task BadInput_IsRefused(string? after, string? location, string? tag, int limit, RuleViolationKind kind)
    {
        await _bed.UseSpecTagsAsync();
        var segment = tag is null ? null : new Dictionary<string, string> { [tag] = "Red" };

        var refused = await Assert.ThrowsAsync<InventoryRuleException>(() => _feed.ChangesAsync(after, limit, segment, location));

        Assert.Equal(kind, refused.Kind);
    }

    [Fact]
    public async Task AChangeCommittingWhileTheReaderReads_IsInItsNextCall()
    {
        await RefreshAsync(Line(Shirt, Store, 5), Line(Jeans, Store, 5));
        var (_, cursor) = await FollowAsync(null, seen => seen.Select(i => i.Sku).Distinct().Count() == 2);
        int shirtId, storeId;
        await using (var db = await _bed.Store.Factory.CreateDbContextAsync())
        {
            shirtId = await db.Products.Where(p => p.Sku == Shirt).Select(p => p.Id).SingleAsync();
            storeId = await db.Locations.Where(l => l.Code == Store).Select(l => l.Id).SingleAsync();
        }

        // A writer changes the shirt and stays uncommitted (its change row is numbered now).
        await using var writer = await _bed.Store.Factory.CreateDbContextAsync();
        await using var slow = await writer.Database.BeginTransactionAsync();
        await writer.Database.ExecuteSqlRawAsync("""UPDATE "Segments" SET "OnHand" = "OnHand" + 1 WHERE "ProductId" = {0} AND "LocationId" = {1}""",
            shirtId, storeId);

        // Meanwhile another change commits (PostgreSQL; SQLite has one writer at a time) and the reader reads and advances.
        var concurrent = _bed.Store.Engine == DatabaseProvider.PostgreSQL;
        if (concurrent) await AdjustAsync(Line(Jeans, Store, 2));
        var during = await _feed.ChangesAsync(cursor, 1000, null, null);
        Assert.DoesNotContain(during.Items, i => i.Sku == Shirt);
        cursor = during.Next;

        await slow.CommitAsync();

        var (pages, _) = await FollowAsync(cursor, seen => seen.Any(i => i.Sku == Shirt) && (!concurrent || seen.Any(i => i.Sku == Jeans)));
        Assert.Equal((Shirt, Store, 6, 0, 6), Figures(Last(pages, Shirt, Store)!));
        if (concurrent) Assert.Equal((Jeans, Store, 7, 0, 7), Figures(Last(pages.Prepend(during), Jeans, Store)!));
    }
}
