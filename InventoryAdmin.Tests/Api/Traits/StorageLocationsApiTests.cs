using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using InventoryAdmin.Tests.Api.Inventory;
using InventoryAdmin.Tests.Support;

namespace InventoryAdmin.Tests.Api.Traits;

/// <summary>Storage locations with trait configurations, stock in them, and locking them over HTTP (API.md, SPEC §4).</summary>
public class StorageLocationsApiTests : IAsyncLifetime
{
    private readonly InventoryAppFactory app;
    private InventoryArrange arrange = default!;

    public StorageLocationsApiTests()
        : this(null)
    {
    }

    /// <param name="postgreSqlDatabase">Run the app on PostgreSQL, on this (new) database of the test cluster (see the PostgreSQL subclass).</param>
    protected StorageLocationsApiTests(string? postgreSqlDatabase) => app = new InventoryAppFactory(postgreSqlDatabase: postgreSqlDatabase);

    public async Task InitializeAsync()
    {
        arrange = await InventoryArrange.CreateAsync(app);
        await arrange.LocationAsync("DC-East", "DC East");
        await arrange.ProductAsync("TEE-1", "Tee");
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task PutStorageLocation_CreatesThenReplacesItsTraits()
    {
        var created = await PutStorageAsync("A-01", new { traits = new Dictionary<string, bool?> { ["KEEP_ON_ZERO"] = true } }, HttpStatusCode.Created);
        var replaced = await PutStorageAsync("a-01", new { traits = new Dictionary<string, bool?> { ["PICKABLE"] = false, ["KEEP_ON_ZERO"] = null } },
            HttpStatusCode.OK);

        Assert.True(created.GetProperty("traits").GetProperty("KEEP_ON_ZERO").GetBoolean());
        Assert.True(created.GetProperty("sellable").GetBoolean());
        Assert.Equal("A-01", replaced.GetProperty("name").GetString());
        Assert.False(replaced.GetProperty("traits").GetProperty("PICKABLE").GetBoolean());
        Assert.Equal(JsonValueKind.Null, replaced.GetProperty("traits").GetProperty("KEEP_ON_ZERO").ValueKind);
        Assert.False(replaced.GetProperty("sellable").GetBoolean());
        var list = await InventoryArrange.EnsureAsync(await arrange.Stock.GetAsync("/api/v1/locations/DC-East/storage-locations"), HttpStatusCode.OK);
        Assert.Equal(["A-01"], list.EnumerateArray().Select(s => s.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task LockStorageLocation_MovesItsUnitsToLocked_AndUnlockRestoresThem()
    {
        await PutStorageAsync("A-01", new { traits = new { } }, HttpStatusCode.Created);
        await arrange.RefreshAsync(
            new { sku = "TEE-1", locationCode = "DC-East", storageLocation = "A-01", quantity = 30 },
            new { sku = "TEE-1", locationCode = "DC-East", quantity = 12 });

        var locked = await PostAsync("/api/v1/locations/DC-East/lock", new { storageLocation = "A-01", reason = "Water damage" });
        var whileLocked = await arrange.RecordAsync("TEE-1", "DC-East");
        await PostAsync("/api/v1/locations/DC-East/unlock", new { storageLocation = "A-01", reason = "Dried out" });
        var afterUnlock = await arrange.RecordAsync("TEE-1", "DC-East");

        Assert.Equal(30, locked.GetProperty("unitsChanged").GetInt32());
        Assert.True(locked.GetProperty("locked").GetBoolean());
        Assert.Equal((42, 30, 12), Figures(whileLocked.GetProperty("totals")));
        Assert.Equal((42, 0, 42), Figures(afterUnlock.GetProperty("totals")));
        var stock = whileLocked.GetProperty("locations")[0].GetProperty("stock").EnumerateArray().ToList();
        var bin = Assert.Single(stock, s => s.GetProperty("storageLocation").GetString() == "A-01");
        Assert.True(bin.GetProperty("locked").GetBoolean());
        var accessible = Assert.Single(bin.GetProperty("cascade").EnumerateArray(), c => c.GetProperty("trait").GetString() == "ACCESSIBLE");
        Assert.Equal((true, false, false), (accessible.GetProperty("default").GetBoolean(), accessible.GetProperty("storageLocation").GetBoolean(),
            accessible.GetProperty("final").GetBoolean()));

        var history = await InventoryArrange.EnsureAsync(await arrange.Stock.GetAsync("/api/v1/inventory/TEE-1/movements"), HttpStatusCode.OK);
        var lockMovement = history.GetProperty("items").EnumerateArray().First(m => m.GetProperty("reason").GetString()!.Contains("Water damage"));
        Assert.Equal((0, 30, "A-01"), (lockMovement.GetProperty("delta").GetInt32(), lockMovement.GetProperty("lockedDelta").GetInt32(),
            lockMovement.GetProperty("storageLocation").GetString()));
    }

    [Fact]
    public async Task LockWholeLocation_LocksEveryRow_UnlockWithoutBodyRestores()
    {
        await arrange.RefreshAsync(new { sku = "TEE-1", locationCode = "DC-East", quantity = 8 });

        await PostAsync("/api/v1/locations/DC-East/lock", new { reason = "Stock take" });
        var locations = await InventoryArrange.EnsureAsync(await arrange.Stock.GetAsync("/api/v1/locations"), HttpStatusCode.OK);
        var whileLocked = await arrange.RecordAsync("TEE-1");
        var unlock = await arrange.Stock.PostAsync("/api/v1/locations/DC-East/unlock", content: null);

        Assert.Equal(HttpStatusCode.OK, unlock.StatusCode);
        Assert.True(locations[0].GetProperty("locked").GetBoolean());
        Assert.Equal("Stock take", locations[0].GetProperty("lockReason").GetString());
        Assert.Equal((8, 8, 0), Figures(whileLocked.GetProperty("totals")));
        Assert.Equal((8, 0, 8), Figures((await arrange.RecordAsync("TEE-1")).GetProperty("totals")));
    }

    [Fact]
    public async Task StockRowLockTraitsAndMove_WorkOverHttp()
    {
        await PutStorageAsync("A-01", new { traits = new { } }, HttpStatusCode.Created);
        await arrange.RefreshAsync(new { sku = "TEE-1", locationCode = "DC-East", quantity = 10 });

        var moved = await PostAsync("/api/v1/inventory/move", new { sku = "TEE-1", locationCode = "DC-East", toStorageLocation = "A-01", quantity = 4 });
        await PostAsync("/api/v1/inventory/lock", new { sku = "TEE-1", locationCode = "DC-East", storageLocation = "A-01", reason = "Damaged" });
        var afterLock = await arrange.RecordAsync("TEE-1");
        var traits = await InventoryArrange.EnsureAsync(await arrange.Stock.PutAsJsonAsync("/api/v1/inventory/traits",
            new { sku = "TEE-1", locationCode = "DC-East", traits = new { OUTBOUND = true }, reason = "Picked" }), HttpStatusCode.OK);

        Assert.Equal(2, moved.GetProperty("movements").GetInt32());
        Assert.Equal((10, 4, 6), Figures(afterLock.GetProperty("totals")));
        Assert.True(traits.GetProperty("locked").GetBoolean());
        Assert.Equal((10, 10, 0), Figures((await arrange.RecordAsync("TEE-1")).GetProperty("totals")));
    }

    [Fact]
    public async Task UnknownTraitName_Is422WithTheField_AndChangesNothing()
    {
        await PutStorageAsync("A-01", new { traits = new { } }, HttpStatusCode.Created);
        var before = await InventoryStoreSnapshot.TakeAsync(app);

        var problem = await ProblemAssert.IsProblemAsync(await arrange.Stock.PutAsJsonAsync("/api/v1/locations/DC-East/storage-locations/A-01",
            new { traits = new Dictionary<string, bool?> { ["PICKABLE"] = false, ["FRAGILE"] = true } }), HttpStatusCode.UnprocessableEntity);

        Assert.Contains("not a trait", ProblemAssert.ErrorsFor(problem, "traits.FRAGILE").Single());
        Assert.Equal(before, await InventoryStoreSnapshot.TakeAsync(app));
    }

    [Fact]
    public async Task TraitValueThatIsNotABoolean_Is400()
    {
        using var content = new StringContent("""{ "traits": { "PICKABLE": "sometimes" } }""", System.Text.Encoding.UTF8, "application/json");
        await ProblemAssert.IsProblemAsync(await arrange.Stock.PutAsync("/api/v1/locations/DC-East/storage-locations/A-01", content), HttpStatusCode.BadRequest);
        var list = await InventoryArrange.EnsureAsync(await arrange.Stock.GetAsync("/api/v1/locations/DC-East/storage-locations"), HttpStatusCode.OK);
        Assert.Empty(list.EnumerateArray());
    }

    [Theory]
    [InlineData("/api/v1/locations/DC-East/lock", """{ "storageLocation": "Z-99" }""", "storageLocation")]
    [InlineData("/api/v1/locations/NOWHERE/lock", "{}", "locationCode")]
    [InlineData("/api/v1/inventory/refresh", """{ "items": [ { "sku": "TEE-1", "locationCode": "DC-East", "storageLocation": "Z-99", "quantity": 3 } ] }""",
        "items[0].storageLocation")]
    [InlineData("/api/v1/inventory/lock", """{ "sku": "TEE-1", "locationCode": "DC-East", "storageLocation": "Z-99" }""", "storageLocation")]
    public async Task UnknownStorageLocationOrLocation_Is404AndChangesNothing(string path, string json, string field)
    {
        await arrange.RefreshAsync(new { sku = "TEE-1", locationCode = "DC-East", quantity = 5 });
        var before = await InventoryStoreSnapshot.TakeAsync(app);

        using var content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
        var problem = await ProblemAssert.IsProblemAsync(await arrange.Stock.PostAsync(path, content), HttpStatusCode.NotFound);

        Assert.NotEmpty(ProblemAssert.ErrorsFor(problem, field));
        Assert.Equal(before, await InventoryStoreSnapshot.TakeAsync(app));
    }

    [Fact]
    public async Task DeleteStorageLocation_HoldingStock_Is409_EmptyIsRemoved()
    {
        await PutStorageAsync("A-01", new { traits = new { } }, HttpStatusCode.Created);
        await PutStorageAsync("B-01", new { traits = new { } }, HttpStatusCode.Created);
        await arrange.RefreshAsync(new { sku = "TEE-1", locationCode = "DC-East", storageLocation = "A-01", quantity = 2 });

        var refused = await ProblemAssert.IsProblemAsync(await arrange.Stock.DeleteAsync("/api/v1/locations/DC-East/storage-locations/A-01"), HttpStatusCode.Conflict);
        var removed = await arrange.Stock.DeleteAsync("/api/v1/locations/DC-East/storage-locations/B-01");

        Assert.Contains("2 unit(s)", refused.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        var list = await InventoryArrange.EnsureAsync(await arrange.Stock.GetAsync("/api/v1/locations/DC-East/storage-locations"), HttpStatusCode.OK);
        Assert.Equal(["A-01"], list.EnumerateArray().Select(s => s.GetProperty("name").GetString()));
    }

    private async Task<JsonElement> PutStorageAsync(string name, object body, HttpStatusCode expected) =>
        await InventoryArrange.EnsureAsync(await arrange.Stock.PutAsJsonAsync($"/api/v1/locations/DC-East/storage-locations/{name}", body), expected);

    private async Task<JsonElement> PostAsync(string path, object body) =>
        await InventoryArrange.EnsureAsync(await arrange.Stock.PostAsJsonAsync(path, body), HttpStatusCode.OK);

    private static (int OnHand, int Locked, int Available) Figures(JsonElement f) =>
        (f.GetProperty("onHand").GetInt32(), f.GetProperty("locked").GetInt32(), f.GetProperty("available").GetInt32());
}
