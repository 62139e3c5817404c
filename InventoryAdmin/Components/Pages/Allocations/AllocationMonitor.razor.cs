using InventoryAdmin.Components.Shared;
using InventoryAdmin.Domain.Model;
using InventoryAdmin.Domain.Services;
using InventoryAdmin.Domain.Services.Contracts;
using Microsoft.AspNetCore.Components;

namespace InventoryAdmin.Components.Pages.Allocations;

/// <summary>
/// /allocations: open allocations per location and across them, with warnings when the oldest unsent or unacknowledged
/// one waits too long (Allocations:WarnAfterMinutes, default 30), and the unallocated order items. Reloads live on stock
/// changes; ages and warnings move on with the clock.
/// </summary>
public partial class AllocationMonitor : IDisposable
{
    public const string WarnAfterKey = "Allocations:WarnAfterMinutes";
    public const int DefaultWarnAfterMinutes = 30;
    private static readonly TimeSpan Tick = TimeSpan.FromSeconds(30);

    private MonitorDto? monitor;
    private IReadOnlyList<LocationDto> locations = [];
    private string? locationCode;
    private string? search;
    private bool showIdle;
    private string? problem;
    private DateTimeOffset? loadedAt;
    private TimeSpan warnAfter = TimeSpan.FromMinutes(DefaultWarnAfterMinutes);
    private IDisposable? live;
    private Timer? ticker;

    [Inject] private AllocationMonitorService Monitor { get; set; } = default!;

    [Inject] private CatalogueService Catalogue { get; set; } = default!;

    [Inject] private InventoryChanges Changes { get; set; } = default!;

    [Inject] private TimeProvider Clock { get; set; } = default!;

    [Inject] private IConfiguration Configuration { get; set; } = default!;

    /// <summary>The rows shown: locations with open allocations, or all (the chosen one always).</summary>
    private IReadOnlyList<MonitorLocationDto> Rows =>
        monitor is null ? [] : monitor.Locations.Where(r => showIdle || locationCode is not null || r.OpenAllocations > 0).ToList();

    private IEnumerable<UnallocatedItemDto> Unallocated
    {
        get
        {
            var items = monitor?.Unallocated ?? [];
            var term = search?.Trim();
            return string.IsNullOrEmpty(term) ? items
                : items.Where(i => i.OrderExternalId.Contains(term, StringComparison.OrdinalIgnoreCase) || i.Sku.Contains(term, StringComparison.OrdinalIgnoreCase));
        }
    }

    protected override async Task OnInitializedAsync()
    {
        // A missing, unreadable or non-positive setting falls back to the default rather than breaking the page.
        var minutes = int.TryParse(Configuration[WarnAfterKey], out var configured) && configured > 0 ? configured : DefaultWarnAfterMinutes;
        warnAfter = TimeSpan.FromMinutes(minutes);
        live = Changes.Subscribe([InventoryChangeArea.Stock], () => InvokeAsync(async () => { await LoadAsync(); StateHasChanged(); }));
        ticker = new Timer(_ => _ = RenderAgesAsync(), null, Tick, Tick);
        locations = await Catalogue.LocationsAsync();
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        try
        {
            monitor = await Monitor.MonitorAsync(locationCode);
            loadedAt = Clock.GetUtcNow();
            problem = null;
        }
        catch (InventoryRuleException ex)
        {
            // The chosen location was deleted meanwhile: fall back to all.
            problem = ex.Message;
            locationCode = null;
            monitor = await Monitor.MonitorAsync();
        }
    }

    private async Task OnLocationChanged(string? value)
    {
        locationCode = value;
        await LoadAsync();
    }

    /// <summary>The oldest of a time over the shown rows.</summary>
    private DateTime? Oldest(Func<MonitorLocationDto, DateTime?> at) => Rows.Select(at).Where(t => t is not null).Min();

    private bool TooOld(DateTime? since, DateTimeOffset now) => since is { } t && now.UtcDateTime - t > warnAfter;


    private async Task RenderAgesAsync()
    {
        try
        {
            await InvokeAsync(StateHasChanged);
        }
        catch (ObjectDisposedException)
        {
            // The circuit went away between ticks.
        }
    }

    public void Dispose()
    {
        ticker?.Dispose();
        live?.Dispose();
    }
}
