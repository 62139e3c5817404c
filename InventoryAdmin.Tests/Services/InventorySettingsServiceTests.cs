using InventoryAdmin.Domain.Services;
using InventoryAdmin.Tests.Support.Domain;
using Microsoft.EntityFrameworkCore;

namespace InventoryAdmin.Tests.Services;

public class InventorySettingsServiceTests : IAsyncLifetime
{
    private readonly InventoryTestStore _store;
    private readonly InventoryChanges _changes = new();
    private readonly InventorySettingsService _service;

    public InventorySettingsServiceTests()
        : this(null)
    {
    }

    /// <summary>The same tests on another engine (see the PostgreSQL subclass).</summary>
    protected InventorySettingsServiceTests(InventoryTestStore? store)
    {
        _store = store ?? new SqliteInventoryStore();
        _service = new InventorySettingsService(_store.Factory, _changes);
    }

    public Task InitializeAsync() => _store.InitializeAsync();

    public Task DisposeAsync() => _store.DisposeAsync();

    [Fact]
    public async Task GetAsync_NeverSet_TagsAreDisabled()
    {
        var settings = await _service.GetAsync();

        Assert.False(settings.TagsEnabled);
    }

    [Fact]
    public async Task SetTagsEnabledAsync_True_IsReadBackByGet()
    {
        var returned = await _service.SetTagsEnabledAsync(true);

        var read = await _service.GetAsync();

        Assert.True(returned.TagsEnabled);
        Assert.True(read.TagsEnabled);
    }

    [Fact]
    public async Task SetTagsEnabledAsync_EnabledThenDisabled_IsDisabledWithASingleSettingsRow()
    {
        await _service.SetTagsEnabledAsync(true);

        await _service.SetTagsEnabledAsync(false);

        Assert.False((await _service.GetAsync()).TagsEnabled);
        await using var db = _store.CreateContext();
        Assert.Equal(1, await db.Settings.CountAsync());
    }

    [Fact]
    public async Task SetTagsEnabledAsync_Saved_RaisesSettingsChanged()
    {
        var raised = new List<InventoryChange>();
        _changes.Changed += raised.Add;

        await _service.SetTagsEnabledAsync(true);

        Assert.Equal([new InventoryChange(InventoryChangeArea.Settings)], raised);
    }
}
