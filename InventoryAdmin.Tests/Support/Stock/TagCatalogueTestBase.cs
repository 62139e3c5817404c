using InventoryAdmin.Domain.Model.Stock;
using InventoryAdmin.Domain.Model.Tags;
using Microsoft.EntityFrameworkCore;

namespace InventoryAdmin.Tests.Support.Stock;

/// <summary>Tags saved through <c>TagService</c> (stored keys are made of the values' database ids) for the catalogue tests.</summary>
public abstract class TagCatalogueTestBase : IAsyncLifetime
{
    protected readonly StockTestBed _bed;

    /// <param name="store">The engine to run on; SQLite when null (the PostgreSQL subclasses pass theirs).</param>
    protected TagCatalogueTestBase(InventoryAdmin.Tests.Support.Domain.InventoryTestStore? store = null) => _bed = new StockTestBed(store);

    public Task InitializeAsync() => _bed.InitializeAsync();

    public Task DisposeAsync() => _bed.DisposeAsync();

    protected async Task<IReadOnlyList<Tag>> SaveAndLoadAsync(params TagDraft[] drafts)
    {
        foreach (var draft in drafts) await _bed.Tags.CreateAsync(draft, StockTestBed.Manager);
        await using var db = _bed.Store.CreateContext();
        return await db.Tags.AsNoTracking().ToListAsync();
    }

    protected static TagDraft Channel() => StockTestBed.Draft("Channel", "Kibo", ("Kibo", 80m), ("Amazon", 10m), ("Walmart", 10m));

    protected static TagDraft OrderType() => StockTestBed.Draft("OrderType", "STH", ("STH", 70m), ("BOPIS", 30m));

    protected static TagDraft Defective() => StockTestBed.Draft("Defective", "No", ("No", null), ("Yes", null));

    protected static int IdOf(IReadOnlyList<Tag> tags, string tag, string value) =>
        tags.Single(t => t.Name == tag).Values.Single(v => v.Name == value).Id;

    protected static Dictionary<string, string> Given(params (string Tag, string Value)[] tags) => tags.ToDictionary(t => t.Tag, t => t.Value);

    protected async Task<(TagCatalogue Catalogue, IReadOnlyList<Tag> Tags)> SpecCatalogueAsync()
    {
        var tags = await SaveAndLoadAsync(Channel(), OrderType());
        return (new TagCatalogue(tags, enabled: true), tags);
    }
}
