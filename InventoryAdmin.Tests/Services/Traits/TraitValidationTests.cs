using InventoryAdmin.Domain.Model;
using InventoryAdmin.Domain.Model.Stock;
using InventoryAdmin.Domain.Services.Contracts;
using InventoryAdmin.Tests.Support.Domain;
using InventoryAdmin.Tests.Support.Stock;
using static InventoryAdmin.Tests.Support.Stock.StockTestBed;

namespace InventoryAdmin.Tests.Services.Traits;

/// <summary>
/// Refused trait and storage location requests: the kind the API maps to its status (Invalid 422, NotFound 404,
/// Conflict 409), the field the message belongs to, and nothing changed.
/// </summary>
public class TraitValidationTests : TraitTestBase
{
    public TraitValidationTests()
        : this(null)
    {
    }

    /// <summary>The same tests on another engine (see the PostgreSQL subclass).</summary>
    protected TraitValidationTests(InventoryTestStore? store)
        : base(store: store)
    {
    }

    private async Task<InventoryRuleException> RefusedAsync(Func<Task> action, RuleViolationKind kind, string field)
    {
        var before = await StateAsync();

        var exception = await Assert.ThrowsAsync<InventoryRuleException>(action);

        Assert.Equal(kind, exception.Kind);
        Assert.Equal(field, Assert.Single(exception.Errors.Keys));
        Assert.Equal(before, await StateAsync());
        return exception;
    }

    // Trait names

    [Theory]
    [InlineData("A1")]
    [InlineData("C3")]
    public async Task PutStorageLocation_UnknownTrait_IsInvalidUnderItsNameAndChangesNothing(string name)
    {
        await SeedStoreAsync();
        var list = await _bed.Traits.StorageLocationsAsync(Store);

        var exception = await RefusedAsync(() => _bed.Traits.PutStorageLocationAsync(Store, name,
            TraitMap(("ACCESSIBLE", false), ("FROZEN", true)), null, Manager), RuleViolationKind.Invalid, "traits.FROZEN");

        Assert.Contains("FROZEN", exception.Errors["traits.FROZEN"][0]);
        Assert.Equal(list, await _bed.Traits.StorageLocationsAsync(Store), StorageLocationComparer.Instance);
        Assert.Equal(0, (await CheckedLocationAsync(Shirt)).Locked);
    }

    [Fact]
    public async Task SetStockTraits_UnknownTrait_IsInvalidUnderItsNameAndChangesNothing()
    {
        await SeedStoreAsync();

        await RefusedAsync(() => SetRowTraitsAsync(Row(Shirt, "A1", KiboSth), ("OUTBOUND", true), ("SELLABLE", true)),
            RuleViolationKind.Invalid, "traits.SELLABLE");
    }

    [Fact]
    public async Task PutStorageLocation_TraitNamesInAnyCase_AreAcceptedAndReportedByApiName()
    {
        await SeedStoreAsync();

        var (storage, created) = await _bed.Traits.PutStorageLocationAsync(Store, "C3", TraitMap(("keep_on_zero", true), ("Pickable", false)), null, Manager);

        Assert.True(created);
        Assert.Equal(["PICKABLE", "ACCESSIBLE", "KEEP_ON_ZERO", "OUTBOUND", "IN_MOTION"], storage.Traits.Keys);
        Assert.Equal([false, null, true, null, null], storage.Traits.Values);
        Assert.False(storage.Sellable);
    }

    // Names of locations, storage locations and stock rows

    [Fact]
    public async Task UnknownLocation_IsNotFoundEverywhere()
    {
        await SeedStoreAsync();

        await RefusedAsync(() => _bed.Traits.StorageLocationsAsync("Nowhere"), RuleViolationKind.NotFound, "locationCode");
        await RefusedAsync(() => _bed.Traits.PutStorageLocationAsync("Nowhere", "A1", null, null, Manager), RuleViolationKind.NotFound, "locationCode");
        await RefusedAsync(() => _bed.Traits.SetLocationLockAsync("Nowhere", null, true, null, Manager), RuleViolationKind.NotFound, "locationCode");
        await RefusedAsync(() => _bed.Traits.SetLocationLockAsync("Nowhere", "A1", true, null, Manager), RuleViolationKind.NotFound, "locationCode");
        await RefusedAsync(() => _bed.Traits.DeleteStorageLocationAsync("Nowhere", "A1"), RuleViolationKind.NotFound, "locationCode");
        await RefusedAsync(() => LockRowAsync(new StockRowRef(Shirt, "Nowhere", null, "A1")), RuleViolationKind.NotFound, "locationCode");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task LockUnknownStorageLocation_IsNotFoundAndChangesNothing(bool locked)
    {
        await SeedStoreAsync();

        var exception = await RefusedAsync(() => _bed.Traits.SetLocationLockAsync(Store, "Z9", locked, null, Manager),
            RuleViolationKind.NotFound, "storageLocation");

        Assert.Contains("Z9", exception.Message);
    }

    [Fact]
    public async Task LockStorageLocationOfAnotherLocation_IsNotFound()
    {
        await SeedStoreAsync();

        await RefusedAsync(() => _bed.Traits.SetLocationLockAsync(Dc, "A1", true, null, Manager), RuleViolationKind.NotFound, "storageLocation");
    }

    [Fact]
    public async Task LockOrSetTraitsOfMissingStockRow_IsNotFoundAndChangesNothing()
    {
        await SeedStoreAsync();

        await RefusedAsync(() => LockRowAsync(Row(Shirt, "A1", AmazonBopis)), RuleViolationKind.NotFound, "tags");
        await RefusedAsync(() => SetRowTraitsAsync(Row(Shirt, null, AmazonBopis), ("ACCESSIBLE", false)), RuleViolationKind.NotFound, "tags");
        await RefusedAsync(() => LockRowAsync(Row(Jeans, "A1", KiboSth)), RuleViolationKind.NotFound, "tags");
        await RefusedAsync(() => LockRowAsync(Row("NO-SUCH-SKU", "A1", KiboSth)), RuleViolationKind.NotFound, "sku");
        await RefusedAsync(() => LockRowAsync(Row(Shirt, "Z9", KiboSth)), RuleViolationKind.NotFound, "storageLocation");
    }

    [Fact]
    public async Task LockStockRow_UnknownTagValue_IsInvalidUnderTheTag()
    {
        await SeedStoreAsync();

        await RefusedAsync(() => LockRowAsync(Row(Shirt, "A1", ("Channel", "eBay"))), RuleViolationKind.Invalid, "tags.Channel");
    }

    [Fact]
    public async Task Lock_ReasonTooLong_IsInvalidAndChangesNothing()
    {
        await SeedStoreAsync();
        var reason = new string('x', 501);

        await RefusedAsync(() => _bed.Traits.SetLocationLockAsync(Store, "A1", true, reason, Manager), RuleViolationKind.Invalid, "reason");
        await RefusedAsync(() => _bed.Traits.SetLocationLockAsync(Store, null, true, reason, Manager), RuleViolationKind.Invalid, "reason");
        await RefusedAsync(() => _bed.Traits.SetStockLockAsync(Row(Shirt, "A1", KiboSth), true, reason, Manager), RuleViolationKind.Invalid, "reason");
    }

    // Storage location names

    public static TheoryData<string?> BadNames() => new("", "   ", null, new string('B', StorageLocation.MaxNameLength + 1));

    [Theory]
    [MemberData(nameof(BadNames))]
    public async Task PutStorageLocation_EmptyOrTooLongName_IsInvalidAndChangesNothing(string? name)
    {
        await SeedStoreAsync();

        await RefusedAsync(() => _bed.Traits.PutStorageLocationAsync(Store, name!, null, null, Manager), RuleViolationKind.Invalid, "name");
    }

    [Fact]
    public async Task PutStorageLocation_LongestNameTrimmed_IsAccepted()
    {
        await SeedStoreAsync();
        var name = new string('B', StorageLocation.MaxNameLength);

        var (storage, created) = await _bed.Traits.PutStorageLocationAsync(Store, $"  {name} ", null, null, Manager);

        Assert.True(created);
        Assert.Equal(name, storage.Name);
        Assert.Equal(name, (await StorageAsync(name)).Name);
    }

    [Fact]
    public async Task PutStorageLocation_SameNameOtherCase_ReplacesTheTraitsOfTheExistingOne()
    {
        await SeedStoreAsync();

        var (storage, created) = await _bed.Traits.PutStorageLocationAsync(Store, " a1 ", TraitMap(("ACCESSIBLE", false)), null, Manager);

        Assert.False(created);
        Assert.Equal("A1", storage.Name);
        Assert.Equal(["A1", "B2"], (await _bed.Traits.StorageLocationsAsync(Store)).Select(s => s.Name));
        Assert.Equal((6, 6), (storage.Units, storage.LockedUnits));
    }

    // Deleting storage locations

    [Fact]
    public async Task DeleteStorageLocation_HoldingStock_IsAConflictAndChangesNothing()
    {
        await SeedStoreAsync();

        var exception = await RefusedAsync(() => _bed.Traits.DeleteStorageLocationAsync(Store, "B2"), RuleViolationKind.Conflict, "name");

        Assert.Contains("7", exception.Message);
        Assert.Equal(["A1", "B2"], (await _bed.Traits.StorageLocationsAsync(Store)).Select(s => s.Name));
    }

    [Fact]
    public async Task DeleteStorageLocation_Empty_IsGone()
    {
        await SeedStoreAsync();
        await MoveAllOutOfA1Async();

        await _bed.Traits.DeleteStorageLocationAsync(Store, "a1");

        Assert.Equal(["B2"], (await _bed.Traits.StorageLocationsAsync(Store)).Select(s => s.Name));
        await RefusedAsync(() => LockStorageAsync("A1"), RuleViolationKind.NotFound, "storageLocation");
        await AssertLedgerConsistentAsync();
    }

    [Fact]
    public async Task DeleteStorageLocation_Unknown_IsNotFound()
    {
        await SeedStoreAsync();

        await RefusedAsync(() => _bed.Traits.DeleteStorageLocationAsync(Store, "Z9"), RuleViolationKind.NotFound, "storageLocation");
    }

    private Task MoveAllOutOfA1Async() => _bed.Stock.MoveAsync(new StockMove(Shirt, Store, null, "A1", null, 6), Manager);

    // Stock lines naming a storage location

    [Fact]
    public async Task Refresh_UnknownStorageLocation_IsNotFoundUnderTheLineAndChangesNothing()
    {
        await SeedStoreAsync();

        await RefusedAsync(() => RefreshAsync(In("Z9", Line(Shirt, Store, 3, KiboSth))), RuleViolationKind.NotFound, "items[0].storageLocation");
        await RefusedAsync(() => AdjustAsync(Line(Shirt, Store, 3, KiboSth), In("Z9", Line(Shirt, Store, 3, KiboSth))),
            RuleViolationKind.NotFound, "items[1].storageLocation");
    }

    [Fact]
    public async Task Refresh_StorageLocationOfAnotherLocation_IsNotFound()
    {
        await SeedStoreAsync();

        await RefusedAsync(() => RefreshAsync(In("A1", Line(Shirt, Dc, 3, KiboSth))), RuleViolationKind.NotFound, "items[0].storageLocation");
    }

    /// <summary>Storage location lists compared by value (the trait map is a dictionary).</summary>
    private sealed class StorageLocationComparer : IEqualityComparer<StorageLocationDto>
    {
        public static readonly StorageLocationComparer Instance = new();

        public bool Equals(StorageLocationDto? x, StorageLocationDto? y) =>
            x is not null && y is not null && x with { Traits = y.Traits } == y && x.Traits.OrderBy(t => t.Key).SequenceEqual(y.Traits.OrderBy(t => t.Key));

        public int GetHashCode(StorageLocationDto obj) => obj.Name.GetHashCode(StringComparison.Ordinal);
    }
}
