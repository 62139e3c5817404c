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
    /// <summary>What the search box holds; the grid's state takes it only when the domain accepts it (no control character, not too long).</summary>
    private string? searchInput;
    private InventoryGridState state = new(null, null, null, null, false, 0, InventoryGridState.DefaultPageSize);
    private bool stateRead;
    private int gridPage;
    private bool loaded;
    private Actor actor = new("unknown", MovementSource.Ui);
    private IDisposable? live;
    private IDisposable? liveTags;
    private bool tagsChanged;

    [CascadingParameter] private Task<AuthenticationState> AuthState { get; set; } = default!;

    [Inject] private InventoryQueryService Query { get; set; } = default!;

    [Inject] private CatalogueService Catalogue { get; set; } = default!;

    [Inject] private TagService Tags { get; set; } = default!;

    [Inject] private InventorySettingsService Settings { get; set; } = default!;

    [Inject] private InventoryChanges Changes { get; set; } = default!;

    [Inject] private TraitService Traits { get; set; } = default!;

    [Inject] private NavigationManager Navigation { get; set; } = default!;

    [SupplyParameterFromQuery(Name = "q")] public string? QuerySearch { get; set; }

    [SupplyParameterFromQuery(Name = "location")] public string? QueryLocation { get; set; }

    [SupplyParameterFromQuery(Name = "segment")] public string? QuerySegment { get; set; }

    [SupplyParameterFromQuery(Name = "sort")] public string? QuerySort { get; set; }

    [SupplyParameterFromQuery(Name = "dir")] public string? QueryDirection { get; set; }

    [SupplyParameterFromQuery(Name = "page")] public int? QueryPage { get; set; }

    [SupplyParameterFromQuery(Name = "size")] public int? QuerySize { get; set; }

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
        live = Changes.Subscribe([InventoryChangeArea.Stock, InventoryChangeArea.Redistribution], () => InvokeAsync(ReloadAsync));
        liveTags = Changes.Subscribe([InventoryChangeArea.Tags, InventoryChangeArea.Settings], () => InvokeAsync(() =>
        {
            tagsChanged = true;
            return ReloadAsync();
        }));
    }

    /// <summary>
    /// The URL holds the grid's state: read on arrival (Back, reload, a shared link) and when the query changes under the open page
    /// (a nav link to plain /inventory); the grid's own paging and sorting write it back in <see cref="LoadAsync"/>.
    /// </summary>
    protected override async Task OnParametersSetAsync()
    {
        var wanted = Valid(InventoryGridState.FromQuery(QuerySearch, QueryLocation, QuerySegment, QuerySort, QueryDirection, QueryPage, QuerySize));
        if (!stateRead)
        {
            stateRead = true;
            state = wanted;
            searchInput = wanted.Search;
            gridPage = wanted.Page;
            return;
        }

        if (wanted == state) return;
        var before = state;
        state = wanted;
        searchInput = wanted.Search;
        gridPage = wanted.Page;
        if (wanted.PageSize != before.PageSize) await grid.SetRowsPerPageAsync(wanted.PageSize, resetPage: false);
        if (wanted.SortBy != before.SortBy || wanted.Descending != before.Descending)
        {
            if (wanted.SortBy is { } by) await grid.SetSortAsync(by, wanted.Descending ? SortDirection.Descending : SortDirection.Ascending, _ => by);
            else if (before.SortBy is { } old) await grid.RemoveSortAsync(old);
        }

        await grid.ReloadServerData();
    }

    /// <summary>A link naming a location or segment that does not exist (any more) shows everything rather than failing.</summary>
    private InventoryGridState Valid(InventoryGridState wanted)
    {
        var location = locations.FirstOrDefault(l => string.Equals(l.Code, wanted.Location, StringComparison.OrdinalIgnoreCase))?.Code;
        string? segment = null;
        if (tagsEnabled && wanted.SegmentPair is { } pair
            && tags.FirstOrDefault(t => string.Equals(t.Name, pair.Key, StringComparison.OrdinalIgnoreCase)) is { } tag
            && tag.Values.FirstOrDefault(v => string.Equals(v.Name, pair.Value, StringComparison.OrdinalIgnoreCase)) is { } value)
            segment = SegmentOption(tag, value);
        var search = TextRules.SearchProblem(wanted.Search) is null ? wanted.Search : null; // a bad search in a link shows everything
        return wanted with { Search = search, Location = location, Segment = segment };
    }

    private static string SegmentOption(TagDto tag, TagValueDto value) => $"{tag.Name}:{value.Name}";

    private async Task<GridData<GridRowDto>> LoadAsync(GridState<GridRowDto> grid, CancellationToken ct)
    {
        var sort = grid.SortDefinitions.FirstOrDefault();
        state = state with { SortBy = sort?.SortBy, Descending = sort?.Descending ?? false, Page = grid.Page, PageSize = grid.PageSize };
        gridPage = grid.Page;
        // Built on the bare path so the parameters always come in the same order: one view, one link.
        var uri = Navigation.GetUriWithQueryParameters(Navigation.Uri.Split('?', '#')[0], state.ToQuery());
        if (uri != Navigation.Uri) Navigation.NavigateTo(uri, replace: true);

        var segment = state.SegmentPair is { } pair ? new Dictionary<string, string> { [pair.Key] = pair.Value } : null;
        var page = await Query.GridAsync(new GridQuery(state.Search, state.Location, segment, state.SortBy, state.Descending, grid.Page, grid.PageSize), ct);
        loaded = true;
        return new GridData<GridRowDto> { Items = page.Items, TotalItems = page.Total };
    }

    /// <summary>The CSV of what the grid shows now (search, location, segment).</summary>
    private string ExportUrl => "downloads/inventory.csv" + QueryString.Create(new Dictionary<string, string?>
    {
        ["search"] = state.Search,
        ["locationCode"] = state.Location,
        ["segment"] = state.Segment,
    }.Where(p => !string.IsNullOrEmpty(p.Value)));

    private Task OnSearchChanged(string? value)
    {
        searchInput = value;
        // The box shows the message (its Validation); the grid keeps the last accepted search until the text is fixed.
        if (TextRules.SearchProblem(value) is not null) return Task.CompletedTask;
        return FilterAsync(state with { Search = string.IsNullOrWhiteSpace(value) ? null : value });
    }

    private Task OnLocationChanged(string? value) => FilterAsync(state with { Location = value });

    private Task OnSegmentChanged(string? value) => FilterAsync(state with { Segment = value });

    /// <summary>A new search or filter starts on the first page (page 3 of the old rows is not a page of the new ones).</summary>
    private async Task FilterAsync(InventoryGridState next)
    {
        state = next with { Page = 0 };
        gridPage = 0;
        if (grid.CurrentPage > 0) grid.NavigateTo(MudBlazor.Page.First);
        else await grid.ReloadServerData();
    }

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

    /// <summary>Sorting from the URL, set on the column before the first load.</summary>
    private SortDirection InitialSort(string column) =>
        state.SortBy != column ? SortDirection.None : state.Descending ? SortDirection.Descending : SortDirection.Ascending;

    private static string BundleTip(GridRowDto row, BundlePartsDto bundle) =>
        $"{bundle.Prepackaged.Available:N0} prepackaged + {bundle.Components.Available:N0} from components" +
        (bundle.UseComponentInventory ? "" : $" (not counted: {row.LocationCode} does not use component inventory)") +
        (bundle.BottleneckSku is { } b ? $"; bottleneck {b}" : "");

    private static RecordLocationDto AtLocation(RecordDto record) => record.Locations.Count == 1 ? record.Locations[0]
        : new RecordLocationDto("", 0, 0, 0, 0, false, [], []);

    private async Task ReloadAsync()
    {
        if (tagsChanged)
        {
            tagsChanged = false;
            tags = await Tags.ListAsync();
            tagsEnabled = (await Settings.GetAsync()).TagsEnabled;
            state = Valid(state);
        }

        await grid.ReloadServerData();
        StateHasChanged();
    }

    public void Dispose()
    {
        live?.Dispose();
        liveTags?.Dispose();
    }
}
