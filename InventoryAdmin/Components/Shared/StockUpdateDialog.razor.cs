using InventoryAdmin.Domain.Model;
using InventoryAdmin.Domain.Model.Stock;
using InventoryAdmin.Domain.Model.Tags;
using InventoryAdmin.Domain.Services;
using InventoryAdmin.Domain.Services.Contracts;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using MudBlazor;

namespace InventoryAdmin.Components.Shared;

/// <summary>Refresh (absolute count) or Adjust (delta) one record, spread by percentages or into one segment.</summary>
public partial class StockUpdateDialog
{
    private readonly Dictionary<string, string> segment = new(StringComparer.OrdinalIgnoreCase);
    private bool oneSegment;
    private bool allDiscrete;
    private int? amount;
    private string? reason;
    private string? serverError;
    private string? amountServerError;
    private string? reasonServerError;
    private bool saving;
    private MudTextField<int?>? amountField;
    private MudTextField<string>? reasonField;

    [CascadingParameter] private IMudDialogInstance Dialog { get; set; } = default!;

    [Inject] private StockService Stock { get; set; } = default!;

    [Parameter, EditorRequired] public StockChangeKind Kind { get; set; }

    [Parameter, EditorRequired] public string Sku { get; set; } = "";

    [Parameter, EditorRequired] public string LocationCode { get; set; } = "";

    [Parameter] public int CurrentOnHand { get; set; }

    /// <summary>The location's storage locations; when there are any, the dialog asks which one the count or change is for.</summary>
    [Parameter] public IReadOnlyList<string> StorageLocations { get; set; } = [];

    /// <summary>On Hand per storage location ("" = outside any), for the chosen one's figures and checks.</summary>
    [Parameter] public IReadOnlyDictionary<string, int> OnHandByStorage { get; set; } = new Dictionary<string, int>();

    public const string NoStorage = "(none: stock outside storage locations)";

    private string storageLocation = NoStorage;

    private bool HasStorage => StorageLocations.Count > 0;

    /// <summary>On Hand where the change goes: the chosen storage location's, or the record's without storage locations.</summary>
    private int ScopeOnHand => HasStorage ? OnHandByStorage.GetValueOrDefault(storageLocation == NoStorage ? "" : storageLocation) : CurrentOnHand;

    [Parameter] public IReadOnlyList<TagDto> Tags { get; set; } = [];

    [Parameter] public bool TagsEnabled { get; set; }

    [Parameter, EditorRequired] public Actor Actor { get; set; } = default!;

    private bool IsRefresh => Kind == StockChangeKind.Refresh;

    protected override void OnInitialized()
    {
        allDiscrete = Tags.Count > 0 && Tags.All(t => t.Mode == TagMode.Discrete);
        oneSegment = allDiscrete;
        foreach (var tag in Tags) segment[tag.Name] = tag.DefaultValue;
    }

    // MudBlazor runs these on input and on leaving the field and shows the message itself; a message passed in
    // through Error/ErrorText would be cleared by its own validation when the field loses focus.
    // The service's own refusal of a field (the product's unit ceiling over all locations, …) shows at that field too.
    private string? AmountProblem(int? value) =>
        value is null ? (IsRefresh ? "Enter the counted quantity." : "Enter the delta.")
        : amountServerError is not null ? amountServerError
        : IsRefresh && value < 0 ? "A count cannot be negative."
        : value is > Quantities.MaxUnitsPerProduct or < -Quantities.MaxUnitsPerProduct
            ? $"A line may {(IsRefresh ? "count" : "change")} at most {Quantities.MaxUnitsPerProduct:N0} units."
        : !IsRefresh && value == 0 ? "A delta of 0 changes nothing."
        : !IsRefresh && ScopeOnHand + value < 0 ? $"Only {ScopeOnHand:N0} on hand here; cannot remove {-value:N0}."
        : null;

    /// <summary>The service's text rules (control characters, <see cref="TextLimits.Reason"/>), with its message.</summary>
    private string? ReasonProblem(string? value) =>
        string.IsNullOrWhiteSpace(value) ? "Give a reason for the ledger."
        : reasonServerError ?? TextRules.Problem(value.Trim(), TextLimits.Reason, "The reason");

    // What the fields show: an empty field is left to Required, which marks it only once the user has been in it.
    private string? AmountMessage(int? value) => value is null ? null : AmountProblem(value);

    private string? ReasonMessage(string? value) => string.IsNullOrEmpty(value) ? null : ReasonProblem(value);

    private bool IsValid => AmountProblem(amount) is null && ReasonProblem(reason) is null;

    private void OnAmountChanged(int? value)
    {
        amount = value;
        serverError = amountServerError = null;
    }

    private void OnStorageChanged(string value)
    {
        storageLocation = value;
        serverError = null;
    }

    private void OnReasonChanged(string? value)
    {
        reason = value;
        serverError = reasonServerError = null;
    }

    private async Task SubmitOnEnterAsync(KeyboardEventArgs e)
    {
        if (e.Key is "Enter" or "NumpadEnter" && IsValid && !saving) await SaveAsync();
    }

    private async Task SaveAsync()
    {
        if (!IsValid) return;
        saving = true;
        try
        {
            var line = new StockLine(Sku, null, LocationCode, oneSegment && TagsEnabled ? new Dictionary<string, string>(segment) : null,
                amount!.Value, reason!.Trim(), StorageLocation: HasStorage && storageLocation != NoStorage ? storageLocation : null);
            var result = IsRefresh ? await Stock.RefreshAsync([line], Actor) : await Stock.AdjustAsync([line], Actor);
            Dialog.Close(DialogResult.Ok(result));
        }
        catch (InventoryRuleException ex)
        {
            // The one line's errors come keyed items[0].quantity / .delta / .reason: those go to their field, the rest above the buttons.
            string? For(string suffix) => ex.Errors.Where(e => e.Key.EndsWith(suffix, StringComparison.Ordinal)).SelectMany(e => e.Value) is var m && m.Any()
                ? string.Join(" ", m) : null;
            amountServerError = For(IsRefresh ? ".quantity" : ".delta");
            reasonServerError = For(".reason");
            var rest = ex.Errors.Where(e => !e.Key.EndsWith(".quantity", StringComparison.Ordinal) && !e.Key.EndsWith(".delta", StringComparison.Ordinal)
                && !e.Key.EndsWith(".reason", StringComparison.Ordinal)).SelectMany(e => e.Value).ToList();
            serverError = rest.Count > 0 ? string.Join(" ", rest) : amountServerError is null && reasonServerError is null ? ex.Message : null;
        }
        finally
        {
            saving = false;
        }

        if (amountServerError is not null && amountField is not null) await amountField.ValidateAsync();
        if (reasonServerError is not null && reasonField is not null) await reasonField.ValidateAsync();
    }
}
