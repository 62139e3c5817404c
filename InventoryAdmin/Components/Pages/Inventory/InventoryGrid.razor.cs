using InventoryAdmin.Components.Shared;
using InventoryAdmin.Domain.Model;
using InventoryAdmin.Domain.Model.Ledger;
using InventoryAdmin.Domain.Model.Stock;
using InventoryAdmin.Domain.Services;
using InventoryAdmin.Domain.Services.Contracts;
using InventoryAdmin.Identity;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Http;
using MudBlazor;

namespace InventoryAdmin.Components.Pages.Inventory;

/// <summary>/inventory: the segmented grid, paged, sorted and filtered in the database; reloads live on any stock change.</summary>
public partial class InventoryGrid
{
    private MudDataGrid<GridRowDto> grid = default!;
    private IReadOnlyList<LocationDto> locations = [];
    private IReadOnlyList<TagDto> tags = [];
    private bool tagsEnabled;
    private bool canEdit;
    private string? search;

    /// <summary>What the search box holds; <see cref="search"/> takes it only when the domain accepts it (no control character, not too long).</summary>
    private string? searchInput;
    private string? locationCode;
    private string? segmentFilter;
    private Actor actor = new("unknown", MovementSource.Ui);
    private LiveRefresh? live;
    private bool tagsChanged;

    [CascadingParameter] private Task<AuthenticationState> AuthState { get; set; } = default!;

    [Inject] private InventoryQueryService Query { get; set; } = default!;

    [Inject] private CatalogueService Catalogue { get; set; } = default!;

    [Inject] private TagService Tags { get; set; } = default!;

    [Inject] private InventorySettingsService Settings { get; set; } = default!;

    [Inject] private InventoryChanges Changes { get; set; } = default!;

    [Inject] private TraitService Traits { get; set; } = default!;

    [Inject] private IDialogService Dialogs { get; set; } = default!;

    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        var user = await SignedInUser.FromAsync(AuthState);
        canEdit = user.IsInAnyRole(Roles.WarehouseManager, Roles.Admin);
        actor = user.Actor;
        locations = await Catalogue.LocationsAsync();
        tags = await Tags.ListAsync();
        tagsEnabled = (await Settings.GetAsync()).TagsEnabled;
        live = new LiveRefresh(InvokeAsync, ReloadAsync);
        Changes.Changed += OnChanged;
    }

    private async Task<GridData<GridRowDto>> LoadAsync(GridState<GridRowDto> state, CancellationToken ct)
    {
        var sort = state.SortDefinitions.FirstOrDefault();
        var segment = segmentFilter?.Split('=', 2) is [var tag, var value] ? new Dictionary<string, string> { [tag] = value } : null;
        var page = await Query.GridAsync(new GridQuery(search, locationCode, segment, sort?.SortBy, sort?.Descending ?? false, state.Page, state.PageSize), ct);
        return new GridData<GridRowDto> { Items = page.Items, TotalItems = page.Total };
    }

    /// <summary>The CSV of what the grid shows now (search, location, segment).</summary>
    private string ExportUrl => "downloads/inventory.csv" + QueryString.Create(new Dictionary<string, string?>
    {
        ["search"] = search,
        ["locationCode"] = locationCode,
        ["segment"] = segmentFilter?.Replace('=', ':'),
    }.Where(p => !string.IsNullOrEmpty(p.Value)));

    private Task OnSearchChanged(string? value)
    {
        searchInput = value;
        // The box shows the message (its Validation); the grid keeps the last accepted search until the text is fixed.
        if (TextRules.SearchProblem(value) is not null) return Task.CompletedTask;
        search = value;
        return grid.ReloadServerData();
    }

    private Task OnLocationChanged(string? value) { locationCode = value; return grid.ReloadServerData(); }

    private Task OnSegmentChanged(string? value) { segmentFilter = value; return grid.ReloadServerData(); }

    private async Task UpdateAsync(GridRowDto row, StockChangeKind kind)
    {
        if (!canEdit) return;
        // With storage locations the dialog asks which one is counted; each has its own On Hand.
        var storage = (await Traits.StorageLocationsAsync(row.LocationCode)).Select(s => s.Name).ToList();
        var byStorage = storage.Count == 0 ? new Dictionary<string, int>()
            : (AtLocation(await Query.GetRecordAsync(row.Sku, row.LocationCode)).Stock ?? [])
                .GroupBy(s => s.StorageLocation ?? "").ToDictionary(g => g.Key, g => g.Sum(s => s.Quantity));
        var parameters = new DialogParameters<StockUpdateDialog>
        {
            { d => d.StorageLocations, storage },
            { d => d.OnHandByStorage, byStorage },
            { d => d.Kind, kind },
            { d => d.Sku, row.Sku },
            { d => d.LocationCode, row.LocationCode },
            { d => d.CurrentOnHand, row.Bundle?.Prepackaged.OnHand ?? row.OnHand },
            { d => d.Tags, tags },
            { d => d.TagsEnabled, tagsEnabled },
            { d => d.Actor, actor },
        };
        var dialog = await Dialogs.ShowAsync<StockUpdateDialog>("", parameters, new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true, DefaultFocus = DefaultFocus.None });
        var result = await dialog.Result;
        if (result is { Canceled: false, Data: StockChangeResult change })
            Snackbar.Add($"{row.Sku} at {row.LocationCode}: {change.Movements} segment(s) changed.", Severity.Success);
    }

    private static string BundleTip(GridRowDto row, BundlePartsDto bundle) =>
        $"{bundle.Prepackaged.Available:N0} prepackaged + {bundle.Components.Available:N0} from components" +
        (bundle.UseComponentInventory ? "" : $" (not counted: {row.LocationCode} does not use component inventory)") +
        (bundle.BottleneckSku is { } b ? $"; bottleneck {b}" : "");

    private static RecordLocationDto AtLocation(RecordDto record) => record.Locations.Count == 1 ? record.Locations[0]
        : new RecordLocationDto("", 0, 0, 0, 0, false, [], []);

    private void OnChanged(InventoryChange change)
    {
        if (change.Area is InventoryChangeArea.Tags or InventoryChangeArea.Settings) tagsChanged = true;
        live?.Request();
    }

    private async Task ReloadAsync()
    {
        if (tagsChanged)
        {
            tagsChanged = false;
            tags = await Tags.ListAsync();
            tagsEnabled = (await Settings.GetAsync()).TagsEnabled;
        }

        await grid.ReloadServerData();
        StateHasChanged();
    }

    public void Dispose()
    {
        Changes.Changed -= OnChanged;
        live?.Dispose();
    }
}
