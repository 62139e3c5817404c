using InventoryAdmin.Domain.Services.Contracts;
using InventoryAdmin.Tests.Support.Orders;
using static InventoryAdmin.Tests.Support.Stock.StockTestBed;

namespace InventoryAdmin.Tests.Support.Bundles;

/// <summary>
/// The bundle seed's example: the Alphabet Bundle of ABC, DEF and GHI (one of each), at the seed's FBA warehouse and
/// at a DC, over the order services (a real SQLite file).
/// </summary>
public abstract class BundleTestBase(InventoryAdmin.Tests.Support.Domain.InventoryTestStore? store = null) : OrderServiceTestBase(store)
{
    protected const string Bundle = "ALPHABET";
    protected const string Abc = "ABC";
    protected const string Def = "DEF";
    protected const string Ghi = "GHI";
    protected const string Fba = "FBA-1";

    protected async Task AlphabetAsync(int abcPerBundle = 1, int defPerBundle = 1, int ghiPerBundle = 1)
    {
        await LocationAsync(Fba);
        await _bed.AddProductsAsync(Abc, Def, Ghi);
        await _bed.Catalogue.PutProductAsync(Bundle, "Alphabet Bundle", null, "bundle",
            [new ComponentRequest(Abc, abcPerBundle), new ComponentRequest(Def, defPerBundle), new ComponentRequest(Ghi, ghiPerBundle)]);
    }

    /// <summary>The seed's component stock: DEF is the bottleneck with 50.</summary>
    protected async Task SeedComponentsAsync(string location = Fba)
    {
        await StockAsync(Abc, location, 120);
        await StockAsync(Def, location, 50);
        await StockAsync(Ghi, location, 75);
    }

    /// <summary>The seed's components, but 30 of DEF's 50 units sit in storage location A-01, locked for water damage.</summary>
    protected async Task SeedComponentsWithDefPartlyLockedAsync()
    {
        await StockAsync(Abc, Fba, 120);
        await StockInAsync("A-01", Def, Fba, 30);
        await StockInAsync("B-01", Def, Fba, 20);
        await StockAsync(Ghi, Fba, 75);
        await _bed.Traits.SetLocationLockAsync(Fba, "A-01", locked: true, "Water damage", Manager);
    }

    protected Task UseComponentInventoryAsync(bool on, string location = Fba) =>
        _bed.Catalogue.PutLocationAsync(location, $"Location {location}", null, on);

    /// <summary>The bundle's record at a location, checking its figures are the sums of its segments.</summary>
    protected async Task<RecordLocationDto> BundleAtAsync(string location = Fba, string sku = Bundle)
    {
        var at = Assert.Single((await _bed.Query.GetRecordAsync(sku, location)).Locations);
        Assert.Equal((at.OnHand, at.Locked, at.Allocated, at.Available),
            (at.Segments.Sum(s => s.OnHand), at.Segments.Sum(s => s.Locked), at.Segments.Sum(s => s.Allocated), at.Segments.Sum(s => s.Available)));
        return at;
    }

    protected static (int OnHand, int Locked, int Allocated, int Available) Four(RecordLocationDto f) => (f.OnHand, f.Locked, f.Allocated, f.Available);

    protected static (int OnHand, int Locked, int Allocated, int Available) Four(FiguresDto f) => (f.OnHand, f.Locked, f.Allocated, f.Available);
}
