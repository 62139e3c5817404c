using InventoryAdmin.Domain.Model;
using InventoryAdmin.Domain.Model.Tags;
using InventoryAdmin.Domain.Services.Contracts;
using InventoryAdmin.Tests.Support;
using InventoryAdmin.Tests.Support.Domain;
using InventoryAdmin.Tests.Support.Orders;
using Microsoft.EntityFrameworkCore;
using static InventoryAdmin.Tests.Support.Stock.StockTestBed;

namespace InventoryAdmin.Tests.Services.Hardening;

/// <summary>
/// Issue 18 item 3: every identifier, name and reason refuses control characters (U+0000–U+001F, U+007F) and text longer
/// than its documented limit (<see cref="TextLimits"/>), with a message under the field, and nothing changes. Before,
/// a tag "Bad\u0000Tag" or an order "ORD\u0000X" was stored and could never be addressed again.
/// </summary>
public class TextHygieneTests : OrderServiceTestBase
{
    public TextHygieneTests()
        : this(null)
    {
    }

    /// <summary>The same tests on another engine (see the PostgreSQL subclass).</summary>
    protected TextHygieneTests(InventoryTestStore? store)
        : base(store: store)
    {
    }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await _bed.UseSpecTagsAsync();
        await LocationAsync(Store);
        await _bed.Traits.PutStorageLocationAsync(Store, "A1", null, null, Manager);
        await StockAsync(Shirt, Store, 10);
        await PlaceAsync("SHIPPED-1", Item(Shirt, 2));
        await _orders.FulfilAsync("SHIPPED-1", null, null, Channel);
    }

    public static TheoryData<string, string, string> Cases() => new()
    {
        { "tag name with NUL", "name", "control character (U+0000" },
        { "tag value with a tab", "values[1].name", "control character (U+0009" },
        { "product SKU with BEL", "sku", "control character (U+0007" },
        { "product name of 201 characters", "name", "at most 200 characters" },
        { "product UPC with DEL", "upc", "control character (U+007F" },
        { "location code with a newline", "code", "control character (U+000A" },
        { "location name of 10,000 characters", "name", "at most 200 characters" },
        { "storage location name with ESC", "name", "control character (U+001B" },
        { "refresh SKU with NUL", "items[0].sku", "control character (U+0000" },
        { "refresh storage location with a tab", "items[0].storageLocation", "control character (U+0009" },
        { "adjust reason of 1,000,000 characters", "items[0].reason", "at most 500 characters" },
        { "adjust reference with a carriage return", "items[0].reference", "control character (U+000D" },
        { "refresh tag value with NUL", "items[0].tags.Channel", "control character (U+0000" },
        { "move reason with NUL", "reason", "control character (U+0000" },
        { "lock reason with NUL", "reason", "control character (U+0000" },
        { "lock reason of 501 characters", "reason", "at most 500 characters" },
        { "order id with NUL", "externalId", "control character (U+0000" },
        { "order id of 65 characters", "externalId", "at most 64 characters" },
        { "order source with a tab", "source", "control character (U+0009" },
        { "order line id with NUL", "items[0].lineId", "control character (U+0000" },
        { "order location code with NUL", "items[0].locationCode", "control character (U+0000" },
        { "order tag value with NUL", "items[0].tags.Channel", "control character (U+0000" },
        { "return SKU with NUL", "items[0].sku", "control character (U+0000" },
        { "fulfil of an order id with NUL", "externalId", "control character (U+0000" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task BadText_IsRefusedUnderItsFieldWithAReadableMessageAndChangesNothing(string @case, string field, string expected)
    {
        var before = await EverythingAsync();

        var refused = await Assert.ThrowsAsync<InventoryRuleException>(() => SendAsync(@case));

        Assert.Equal(RuleViolationKind.Invalid, refused.Kind);
        Assert.True(refused.Errors.ContainsKey(field), $"{@case}: errors were {string.Join(", ", refused.Errors.Keys)}");
        Assert.Contains(expected, refused.Errors[field][0]);
        Assert.Equal(before, await EverythingAsync());
    }

    [Fact]
    public async Task TextAtItsLimit_IsAccepted()
    {
        var sku = new string('S', TextLimits.Sku);
        await _bed.Catalogue.PutProductAsync(sku, new string('N', TextLimits.Name), new string('1', TextLimits.Upc), null);
        await _bed.Stock.AdjustAsync([Line(sku, Store, 3) with { Reason = new string('R', TextLimits.Reason), Reference = new string('F', TextLimits.Reference) }], Manager);
        var (order, created) = await _orders.CreateAsync(new OrderRequest(new string('O', TextLimits.ExternalId), new string('C', TextLimits.Source), false,
            [new OrderItemRequest(new string('L', TextLimits.LineId), sku, 1, null, null)]), Channel);

        Assert.True(created);
        Assert.Equal(3, (await _bed.Query.GetRecordAsync(sku)).Totals.OnHand);
        Assert.Equal(1, order.Items.Single().Allocations.Single().Quantity);
    }

    private Task SendAsync(string @case) => @case switch
    {
        "tag name with NUL" => _bed.Tags.CreateAsync(Draft("Bad\u0000Tag", "A", ("A", null), ("B", null)), Manager),
        "tag value with a tab" => _bed.Tags.CreateAsync(Draft("Condition", "New", ("New", null), ("Da\tmaged", null)), Manager),
        "product SKU with BEL" => _bed.Catalogue.PutProductAsync("AB\u0007C", "Bell", null, null),
        "product name of 201 characters" => _bed.Catalogue.PutProductAsync("LONG-1", new string('x', 201), null, null),
        "product UPC with DEL" => _bed.Catalogue.PutProductAsync("UPC-1", "Upc", "0123\u007F", null),
        "location code with a newline" => _bed.Catalogue.PutLocationAsync("Store\nSouth", "South", 0, true),
        "location name of 10,000 characters" => _bed.Catalogue.PutLocationAsync("Store-South", new string('x', 10_000), 0, true),
        "storage location name with ESC" => _bed.Traits.PutStorageLocationAsync(Store, "B\u001B2", null, null, Manager),
        "refresh SKU with NUL" => _bed.Stock.RefreshAsync([Line(Shirt + "\u0000", Store, 5)], Manager),
        "refresh storage location with a tab" => _bed.Stock.RefreshAsync([Line(Shirt, Store, 5) with { StorageLocation = "A\t1" }], Manager),
        "adjust reason of 1,000,000 characters" => _bed.Stock.AdjustAsync([Line(Shirt, Store, 1) with { Reason = new string('r', 1_000_000) }], Manager),
        "adjust reference with a carriage return" => _bed.Stock.AdjustAsync([Line(Shirt, Store, 1) with { Reference = "PO\r-1" }], Manager),
        "refresh tag value with NUL" => _bed.Stock.RefreshAsync([Line(Shirt, Store, 5, ("Channel", "Ama\u0000zon"))], Manager),
        "move reason with NUL" => _bed.Stock.MoveAsync(new StockMove(Shirt, Store, null, null, "A1", 1, "why\u0000"), Manager),
        "lock reason with NUL" => _bed.Traits.SetLocationLockAsync(Store, null, true, "stock\u0000take", Manager),
        "lock reason of 501 characters" => _bed.Traits.SetLocationLockAsync(Store, "A1", true, new string('r', 501), Manager),
        "order id with NUL" => _orders.CreateAsync(new OrderRequest("ORD\u0000X", null, false, [Item(Shirt, 1)]), Channel),
        "order id of 65 characters" => _orders.CreateAsync(new OrderRequest(new string('O', 65), null, false, [Item(Shirt, 1)]), Channel),
        "order source with a tab" => _orders.CreateAsync(new OrderRequest("ORD-2", "ama\tzon", false, [Item(Shirt, 1)]), Channel),
        "order line id with NUL" => _orders.CreateAsync(new OrderRequest("ORD-3", null, false, [Item(Shirt, 1) with { LineId = "1\u0000" }]), Channel),
        "order location code with NUL" => _orders.CreateAsync(new OrderRequest("ORD-4", null, false, [Item(Shirt, 1, Store + "\u0000")]), Channel),
        "order tag value with NUL" => _orders.CreateAsync(new OrderRequest("ORD-5", null, false, [Item(Shirt, 1, null, ("Channel", "Kibo\u0000"))]), Channel),
        "return SKU with NUL" => _orders.ReturnAsync("SHIPPED-1", null, [new ReturnLine(Shirt + "\u0000", 1, true, null)], Channel),
        "fulfil of an order id with NUL" => _orders.FulfilAsync("SHIPPED-1\u0000", null, null, Channel),
        _ => throw new ArgumentOutOfRangeException(nameof(@case), @case, null),
    };

    /// <summary>Orders, stock and ledger (<see cref="OrderServiceTestBase.StateAsync"/>), tags, products, locations and storage locations.</summary>
    private async Task<string> EverythingAsync()
    {
        await using var db = _bed.Store.CreateContext();
        var catalogue = string.Join("\n", (await db.Products.AsNoTracking().OrderBy(p => p.Id).Select(p => $"{p.Sku}:{p.Name}:{p.Upc}").ToListAsync())
            .Concat(await db.Locations.AsNoTracking().OrderBy(l => l.Id).Select(l => $"{l.Code}:{l.Name}:{l.Locked}:{l.LockReason}").ToListAsync())
            .Concat(await db.StorageLocations.AsNoTracking().OrderBy(s => s.Id).Select(s => $"{s.Name}:{s.TraitsEnabled}:{s.TraitsDisabled}:{s.Reason}").ToListAsync()));
        return string.Join("\n", await StateAsync(), await StoreSnapshot.TakeAsync(db), catalogue);
    }
}
