using InventoryAdmin.Components.Shared;
using InventoryAdmin.Domain.Services;
using InventoryAdmin.Domain.Services.Availability;
using InventoryAdmin.Domain.Services.Contracts;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace InventoryAdmin.Components.Pages.Alerts;

/// <summary>The low-stock list, reloaded when stock, rules or alerts change (the in-process change feed).</summary>
public partial class Alerts
{
    private MudTable<LowStockAlertDto>? table;
    private IReadOnlyList<LocationDto> locations = [];
    private string? locationCode;
    private int total;
    private IDisposable? live;

    [Inject] private AlertService AlertList { get; set; } = default!;

    [Inject] private CatalogueService Catalogue { get; set; } = default!;

    [Inject] private InventoryChanges Changes { get; set; } = default!;

    [Inject] private TimeProvider Clock { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        locations = await Catalogue.LocationsAsync();
        live = Changes.Subscribe([InventoryChangeArea.Stock], () => InvokeAsync(() => table?.ReloadServerData() ?? Task.CompletedTask));
    }

    private async Task<TableData<LowStockAlertDto>> LoadAsync(TableState state, CancellationToken ct)
    {
        var result = await AlertList.LowStockAsync(locationCode, state.Page + 1, state.PageSize, ct);
        if (total != result.Total)
        {
            total = result.Total;
            // The count sits outside the table, which re-renders only itself.
            _ = InvokeAsync(StateHasChanged);
        }

        return new TableData<LowStockAlertDto> { Items = result.Items, TotalItems = result.Total };
    }

    private async Task OnLocationChanged(string? code)
    {
        locationCode = code;
        if (table is not null) await table.ReloadServerData();
    }

    public void Dispose()
    {
        live?.Dispose();
    }
}
