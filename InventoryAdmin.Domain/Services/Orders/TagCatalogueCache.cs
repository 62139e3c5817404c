using InventoryAdmin.Domain.Model.Tags;
using InventoryAdmin.Domain.Store;

namespace InventoryAdmin.Domain.Services.Orders;

/// <summary>
/// The tag catalogue kept between orders, dropped the moment the tags or the settings change. SPEC §3 rule 8: a tag
/// change takes effect for the very next request. <see cref="TagService"/> and <see cref="InventorySettingsService"/>
/// publish their change on <see cref="InventoryChanges"/> before they return, and this drops the catalogue then.
/// </summary>
/// <remarks>
/// A version count stops a catalogue read before a change from being kept after it. On PostgreSQL another instance's
/// tag or settings change reaches the feed through <see cref="Store.PostgreSQL.ChangeListener"/> (milliseconds after its commit).
/// </remarks>
internal sealed class TagCatalogueCache
{
    private readonly Lock gate = new();
    private readonly InventoryChanges changes;
    private TagCatalogue? current;
    private long version;

    public TagCatalogueCache(InventoryChanges changes)
    {
        this.changes = changes;
        changes.Changed += change =>
        {
            if (change.Area is InventoryChangeArea.Tags or InventoryChangeArea.Settings) Drop();
        };
    }

    /// <param name="db">A context to load the catalogue with when none is kept (asked for only then).</param>
    public async Task<TagCatalogue> GetAsync(Func<Task<InventoryDbContext>> db, CancellationToken ct)
    {
        long seen;
        lock (gate)
        {
            if (current is { } kept && changes.HearsEveryChange) return kept;
            seen = version;
        }

        var loaded = await StockService.LoadCatalogueAsync(await db(), ct);
        lock (gate)
            if (version == seen && changes.HearsEveryChange) current = loaded;
        return loaded;
    }

    private void Drop()
    {
        lock (gate)
        {
            version++;
            current = null;
        }
    }
}
