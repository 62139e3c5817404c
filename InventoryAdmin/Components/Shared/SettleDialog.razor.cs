using InventoryAdmin.Domain.Model;
using InventoryAdmin.Domain.Services;
using InventoryAdmin.Domain.Services.Contracts;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace InventoryAdmin.Components.Shared;

/// <summary>Fulfils or cancels part or all of an allocation's open units; closes with the updated order.</summary>
public partial class SettleDialog
{
    private int? quantity;
    private bool confirming;
    private bool saving;
    private string? serverError;

    [CascadingParameter] private IMudDialogInstance Dialog { get; set; } = default!;

    [Inject] private OrderService Orders { get; set; } = default!;

    /// <summary>True to fulfil (ship), false to cancel (release).</summary>
    [Parameter] public bool Fulfil { get; set; }

    [Parameter, EditorRequired] public string ExternalId { get; set; } = "";

    /// <summary>The order's source, so an external id used by several sources names this order.</summary>
    [Parameter] public string? Source { get; set; }

    [Parameter, EditorRequired] public string Sku { get; set; } = "";

    [Parameter, EditorRequired] public AllocationDto Allocation { get; set; } = default!;

    [Parameter, EditorRequired] public Actor Actor { get; set; } = default!;

    private string Verb => Fulfil ? "fulfil" : "cancel";

    private Color ActionColor => Fulfil ? Color.Primary : Color.Error;

    protected override void OnInitialized() => quantity = Allocation.Open;

    // MudBlazor runs this on input and on leaving the field and shows the message under it; Error/ErrorText would be
    // cleared by its own validation when the field loses focus.
    private string? QuantityProblem(int? value) =>
        value is null ? "Enter how many units."
        : value < 1 ? $"{(Fulfil ? "Fulfil" : "Cancel")} at least 1 unit."
        : value > Allocation.Open ? $"Only {Allocation.Open:N0} open; {Verb} 1 to {Allocation.Open:N0}."
        : null;

    private bool IsValid => QuantityProblem(quantity) is null;

    private void OnQuantityChanged(int? value)
    {
        quantity = value;
        serverError = null;
    }

    private void Review()
    {
        if (IsValid) confirming = true;
    }

    private void Back() => confirming = false;

    private async Task SaveAsync()
    {
        if (!IsValid) return;
        saving = true;
        try
        {
            var lines = new List<SettleLine?> { new(Allocation.Id, quantity) };
            var order = Fulfil ? await Orders.FulfilAsync(ExternalId, Source, lines, Actor) : await Orders.CancelAsync(ExternalId, Source, lines, Actor);
            Dialog.Close(DialogResult.Ok(order));
        }
        catch (InventoryRuleException ex)
        {
            serverError = string.Join(" ", ex.Errors.Values.SelectMany(m => m).Distinct());
            confirming = false;
        }
        finally
        {
            saving = false;
        }
    }
}
