using InventoryAdmin.Domain.Model;
using InventoryAdmin.Domain.Model.Ledger;
using InventoryAdmin.Domain.Model.Stock;
using InventoryAdmin.Domain.Model.Tags;
using InventoryAdmin.Domain.Services;
using InventoryAdmin.Domain.Services.Contracts;
using Microsoft.EntityFrameworkCore;

namespace InventoryAdmin.Tests.Support.Domain;

/// <summary>A tag service over a fresh database (SQLite unless told), with drafts and readers shared by the tag service tests.</summary>
public abstract class TagServiceTestBase : IAsyncLifetime
{
    protected static readonly DateTimeOffset Now = new(2026, 3, 14, 9, 30, 0, TimeSpan.Zero);
    protected static readonly Actor Merchandiser = new("merch@example.com", MovementSource.Ui);

    protected readonly InventoryTestStore _store;
    protected readonly InventoryChanges _changes = new();
    protected readonly TagService _service;

    protected TagServiceTestBase(InventoryTestStore? store = null)
    {
        _store = store ?? new SqliteInventoryStore();
        _service = new TagService(_store.Factory, _changes, new FixedTimeProvider(Now));
    }

    public Task InitializeAsync() => _store.InitializeAsync();

    public Task DisposeAsync() => _store.DisposeAsync();

    protected static TagDraft Draft(string name, string defaultValue, params (string Name, decimal? Percent)[] values) =>
        new(name, values.Select(v => new TagValueDraft(v.Name, v.Percent)).ToList(), defaultValue);

    protected static TagDraft ChannelDraft() => Draft("Channel", "Kibo", ("Kibo", 80m), ("Amazon", 10m), ("Walmart", 10m));

    protected static TagDraft OrderTypeDraft() => Draft("OrderType", "STH", ("STH", 70m), ("BOPIS", 30m));

    protected async Task<Tag> LoadTagAsync(string name)
    {
        await using var db = _store.CreateContext();
        return await db.Tags.AsNoTracking().SingleAsync(t => t.Name == name);
    }

    protected async Task<int> CountTagsAsync()
    {
        await using var db = _store.CreateContext();
        return await db.Tags.CountAsync();
    }

    protected async Task<List<StockRow>> StockRowsAsync()
    {
        await using var db = _store.CreateContext();
        return await db.StockRows.AsNoTracking().OrderBy(s => s.Id).ToListAsync();
    }

    protected async Task<List<Movement>> MovementsAsync()
    {
        await using var db = _store.CreateContext();
        return await db.Movements.AsNoTracking().OrderBy(m => m.Id).ToListAsync();
    }
}
