using InventoryAdmin.Domain.Model;
using InventoryAdmin.Domain.Model.Ledger;
using InventoryAdmin.Domain.Model.Stock;
using InventoryAdmin.Domain.Model.Tags;
using InventoryAdmin.Domain.Services;
using InventoryAdmin.Domain.Services.Contracts;
using InventoryAdmin.Tests.Support.Domain;
using Microsoft.EntityFrameworkCore;

namespace InventoryAdmin.Tests.Services;

/// <summary>Creating, listing and reading tags (rules 1–5 and the change feed).</summary>
public class TagServiceTests : TagServiceTestBase
{
    public TagServiceTests()
        : this(null)
    {
    }

    /// <summary>The same tests on another engine (see the PostgreSQL subclass).</summary>
    protected TagServiceTests(InventoryTestStore? store)
        : base(store)
    {
    }

    // Create, list, get

    [Fact]
    public async Task CreateAsync_ValidDraft_SavesTagAndReturnsIt()
    {
        var created = await _service.CreateAsync(ChannelDraft(), Merchandiser);

        Assert.Equal("Channel", created.Name);
        Assert.Equal(TagMode.Percentage, created.Mode);
        Assert.Equal("Kibo", created.DefaultValue);
        Assert.Equal([("Kibo", (decimal?)80m), ("Amazon", 10m), ("Walmart", 10m)], created.Values.Select(v => (v.Name, v.Percent)));
        var stored = await LoadTagAsync("Channel");
        Assert.Equal(["Kibo", "Amazon", "Walmart"], stored.Values.Select(v => v.Name));
        Assert.Equal("Kibo", stored.DefaultValue.Name);
    }

    [Fact]
    public async Task ListAsync_TwoTagsCreated_ReturnsThemInCreationOrder()
    {
        await _service.CreateAsync(OrderTypeDraft(), Merchandiser);
        await _service.CreateAsync(ChannelDraft(), Merchandiser);

        var tags = await _service.ListAsync();

        Assert.Equal(["OrderType", "Channel"], tags.Select(t => t.Name));
        Assert.Equal(["STH", "BOPIS"], tags[0].Values.Select(v => v.Name));
    }

    [Fact]
    public async Task ListAsync_EmptyStore_ReturnsNoTags()
    {
        var tags = await _service.ListAsync();

        Assert.Empty(tags);
    }

    [Fact]
    public async Task GetAsync_NameInOtherCaseWithSpaces_ReturnsTheTag()
    {
        await _service.CreateAsync(ChannelDraft(), Merchandiser);

        var tag = await _service.GetAsync("  channel ");

        Assert.Equal("Channel", tag.Name);
        Assert.Equal(3, tag.Values.Count);
    }

    [Fact]
    public async Task GetAsync_UnknownName_ThrowsNotFound()
    {
        var exception = await Assert.ThrowsAsync<InventoryRuleException>(() => _service.GetAsync("Channel"));

        Assert.Equal(RuleViolationKind.NotFound, exception.Kind);
        Assert.Equal("There is no tag named 'Channel'.", exception.Message);
    }

    [Fact]
    public async Task CreateAsync_DuplicateNameIgnoringCase_ThrowsConflictAndSavesNothing()
    {
        await _service.CreateAsync(ChannelDraft(), Merchandiser);

        var exception = await Assert.ThrowsAsync<InventoryRuleException>(() =>
            _service.CreateAsync(Draft(" CHANNEL ", "Ebay", ("Ebay", null)), Merchandiser));

        Assert.Equal(RuleViolationKind.Conflict, exception.Kind);
        Assert.Contains("name", exception.Errors.Keys);
        Assert.Equal(1, await CountTagsAsync());
        Assert.Equal(["Kibo", "Amazon", "Walmart"], (await LoadTagAsync("Channel")).Values.Select(v => v.Name));
    }

    [Fact]
    public async Task CreateAsync_PercentsNotAddingUp_ThrowsInvalidAndSavesNothing()
    {
        var exception = await Assert.ThrowsAsync<InventoryRuleException>(() =>
            _service.CreateAsync(Draft("Channel", "Kibo", ("Kibo", 79.99m), ("Amazon", 10m), ("Walmart", 10m)), Merchandiser));

        Assert.Equal(RuleViolationKind.Invalid, exception.Kind);
        Assert.Contains("99.99", exception.Errors["values"].Single());
        Assert.Equal(0, await CountTagsAsync());
    }

    [Fact]
    public async Task CreateAsync_Succeeds_RaisesTagsChangedNamingTheTag()
    {
        var raised = new List<InventoryChange>();
        _changes.Changed += raised.Add;

        await _service.CreateAsync(ChannelDraft(), Merchandiser);

        Assert.Equal([new InventoryChange(InventoryChangeArea.Tags, "Channel")], raised);
    }

    [Fact]
    public async Task CreateAsync_Refused_RaisesNoChange()
    {
        var raised = new List<InventoryChange>();
        _changes.Changed += raised.Add;

        await Assert.ThrowsAsync<InventoryRuleException>(() => _service.CreateAsync(Draft("", "Kibo", ("Kibo", null)), Merchandiser));

        Assert.Empty(raised);
    }

    [Fact]
    public async Task CheckAsync_EditedTagKeepsItsOwnName_IsValid()
    {
        await _service.CreateAsync(ChannelDraft(), Merchandiser);

        var whenEditing = await _service.CheckAsync(ChannelDraft(), originalName: "Channel");
        var whenCreating = await _service.CheckAsync(ChannelDraft(), originalName: null);

        Assert.True(whenEditing.IsValid);
        Assert.True(whenCreating.IsOnlyNameConflict);
    }
}
