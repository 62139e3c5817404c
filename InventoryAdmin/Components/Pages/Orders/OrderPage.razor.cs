using InventoryAdmin.Components.Shared;
using InventoryAdmin.Domain.Model;
using InventoryAdmin.Domain.Model.Ledger;
using InventoryAdmin.Domain.Services;
using InventoryAdmin.Domain.Services.Contracts;
using InventoryAdmin.Identity;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace InventoryAdmin.Components.Pages.Orders;

/// <summary>
/// /orders/{ExternalId}: an order with its items, their allocations and what stayed unallocated. Warehouse managers
/// and admins fulfil or cancel open units, one allocation at a time or all at once. Reloads live on stock changes.
/// </summary>
public partial class OrderPage : IDisposable
{
    private OrderDto? order;
    private IReadOnlyList<OrderEventDto> history = [];
    private string? problem;
    private IReadOnlyList<OrderSummaryDto> candidates = [];
    private bool canSettle;
    private bool busy;
    private Actor actor = new("unknown", MovementSource.Ui);
    private IDisposable? live;

    [Parameter] public string ExternalId { get; set; } = "";

    /// <summary>Names the order when several sources used the same external id.</summary>
    [SupplyParameterFromQuery] public string? Source { get; set; }

    [CascadingParameter] private Task<AuthenticationState> AuthState { get; set; } = default!;

    [Inject] private OrderService Service { get; set; } = default!;

    [Inject] private InventoryChanges Changes { get; set; } = default!;

    [Inject] private IDialogService Dialogs { get; set; } = default!;

    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    protected override void OnInitialized()
    {
        live = Changes.Subscribe([InventoryChangeArea.Stock], () => InvokeAsync(async () => { await LoadAsync(); StateHasChanged(); }));
    }

    protected override async Task OnParametersSetAsync()
    {
        var user = await SignedInUser.FromAsync(AuthState);
        (actor, canSettle) = (user.Actor, user.IsInAnyRole(Roles.WarehouseManager, Roles.Admin));
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        try
        {
            order = await Service.GetAsync(ExternalId, string.IsNullOrWhiteSpace(Source) ? null : Source);
            history = await Service.HistoryAsync(order.ExternalId, order.Source);
            problem = null;
            candidates = [];
        }
        catch (InventoryRuleException ex) when (ex.Kind == RuleViolationKind.NotFound)
        {
            order = null;
            problem = $"There is no order '{ExternalId}'{(string.IsNullOrWhiteSpace(Source) ? "" : $" from '{Source}'")}. " +
                      "Check the id, or find it in the orders list.";
        }
        catch (InventoryRuleException ex)
        {
            // The id is used by several sources: offer each.
            order = null;
            problem = ex.Message;
            candidates = (await Service.ListAsync(ExternalId, null, 1, 50)).Items.Where(o => o.ExternalId == ExternalId.Trim()).ToList();
        }
    }

    private static string Time(DateTime? at) => at is { } t ? t.ToString("yyyy-MM-dd HH:mm") : "—";

    /// <summary>A later time of the same allocation: the time alone on the day it was created.</summary>
    private static string Later(DateTime? at, DateTime created) =>
        at is not { } t ? "—" : t.Date == created.Date ? t.ToString("HH:mm") : t.ToString("yyyy-MM-dd HH:mm");

    private async Task SettleAsync(OrderItemDto item, AllocationDto allocation, bool fulfil)
    {
        if (!canSettle || order is null) return;
        var parameters = new DialogParameters<SettleDialog>
        {
            { d => d.Fulfil, fulfil },
            { d => d.ExternalId, order.ExternalId },
            { d => d.Source, order.Source },
            { d => d.Sku, item.Sku },
            { d => d.Allocation, allocation },
            { d => d.Actor, actor },
        };
        var dialog = await Dialogs.ShowAsync<SettleDialog>("", parameters, new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true });
        if ((await dialog.Result) is { Canceled: false, Data: OrderDto updated })
        {
            order = updated;
            Snackbar.Add($"{item.Sku} at {allocation.LocationCode}: {(fulfil ? "fulfilled" : "cancelled")}.", Severity.Success);
        }
    }

    private async Task SettleAllAsync(bool fulfil)
    {
        if (!canSettle || order is null) return;
        var open = order.Items.SelectMany(i => i.Allocations).Where(a => a.Open > 0).ToList();
        var units = open.Sum(a => a.Open);
        var confirmed = await Dialogs.ShowMessageBoxAsync(
            fulfil ? $"Fulfil all of order {order.ExternalId}?" : $"Cancel all open units of order {order.ExternalId}?",
            fulfil
                ? $"{units:N0} open unit(s) in {open.Count} allocation(s) are shipped: On Hand and Allocated drop at their locations. This cannot be undone."
                : $"{units:N0} open unit(s) in {open.Count} allocation(s) are released and available again. Units already fulfilled stay fulfilled. This cannot be undone.",
            yesText: fulfil ? "Fulfil all" : "Cancel all open", cancelText: "Back");
        if (confirmed != true) return;
        busy = true;
        try
        {
            order = fulfil ? await Service.FulfilAsync(order.ExternalId, order.Source, null, actor)
                           : await Service.CancelAsync(order.ExternalId, order.Source, null, actor);
            Snackbar.Add($"Order {order.ExternalId}: {units:N0} unit(s) {(fulfil ? "fulfilled" : "cancelled")}.", Severity.Success);
        }
        catch (InventoryRuleException ex)
        {
            Snackbar.Add(string.Join(" ", ex.Errors.Values.SelectMany(m => m).Distinct()), Severity.Error);
            await LoadAsync();
        }
        finally
        {
            busy = false;
        }
    }

    public void Dispose()
    {
        live?.Dispose();
    }
}
