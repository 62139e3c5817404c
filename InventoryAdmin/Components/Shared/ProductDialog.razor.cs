using InventoryAdmin.Domain.Model;
using InventoryAdmin.Domain.Model.Bundles;
using InventoryAdmin.Domain.Model.Stock;
using InventoryAdmin.Domain.Services;
using InventoryAdmin.Domain.Services.Contracts;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace InventoryAdmin.Components.Shared;

/// <summary>
/// New/Edit product, a bundle with its components. Checks what it can on every edit (component SKU given, once, not the
/// bundle itself; at least 1 per bundle) and shows the service's field errors (<c>components[1].sku</c>) after Save.
/// </summary>
public partial class ProductDialog
{
    private readonly List<ComponentRow> rows = [];
    private string? sku;
    private string? name;
    private string? upc;
    private ProductKind kind;
    private bool saving;
    private MudForm? form;
    private IReadOnlyDictionary<string, string[]> serverErrors = new Dictionary<string, string[]>();

    [CascadingParameter] private IMudDialogInstance Dialog { get; set; } = default!;

    [Inject] private CatalogueService Catalogue { get; set; } = default!;

    [Inject] private IDialogService Dialogs { get; set; } = default!;

    [Parameter] public ProductDto? Existing { get; set; }

    protected override void OnInitialized()
    {
        (sku, name, upc) = (Existing?.Sku, Existing?.Name, Existing?.Upc);
        kind = Existing?.Kind == "bundle" ? ProductKind.Bundle : ProductKind.Standard;
        rows.AddRange((Existing?.Components ?? []).Select(c => new ComponentRow { Sku = c.Sku, Quantity = c.Quantity }));
    }

    /// <summary>The checks that need no database, by field; the service checks the rest (existence, kinds).</summary>
    private Dictionary<string, string> LocalErrors
    {
        get
        {
            var errors = new Dictionary<string, string>();
            if (kind != ProductKind.Bundle) return errors;
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < rows.Count; i++)
            {
                var componentSku = rows[i].Sku?.Trim() ?? "";
                if (componentSku.Length == 0) errors[$"components[{i}].sku"] = "Give the component's SKU.";
                else if (string.Equals(componentSku, sku?.Trim(), StringComparison.OrdinalIgnoreCase)) errors[$"components[{i}].sku"] = "A bundle cannot contain itself.";
                else if (!seen.Add(componentSku)) errors[$"components[{i}].sku"] = $"{componentSku} is listed twice; give its quantity once.";
                if (rows[i].Quantity < 1) errors[$"components[{i}].quantity"] = "At least 1 per bundle.";
                else if (rows[i].Quantity > BundleComponent.MaxQuantityPerBundle)
                    errors[$"components[{i}].quantity"] = $"At most {BundleComponent.MaxQuantityPerBundle:N0} per bundle.";
            }

            return errors;
        }
    }

    private IEnumerable<string> Errors(string field) => serverErrors.GetValueOrDefault(field) ?? [];

    /// <summary>
    /// Messages go through MudBlazor's Validation, which runs on input and blur; a message passed through Error/ErrorText
    /// would be cleared on blur.
    /// </summary>
    private Func<T, string?> RuleFor<T>(string field) => _ =>
        serverErrors.TryGetValue(field, out var server) ? string.Join(" ", server) : LocalErrors.GetValueOrDefault(field);

    private async Task Edit(Action change)
    {
        change();
        serverErrors = new Dictionary<string, string[]>();
        if (form is not null) await form.ValidateAsync();
    }

    private Task OnKindChanged(ProductKind value) => Edit(() =>
    {
        kind = value;
        if (kind == ProductKind.Bundle && rows.Count == 0) rows.Add(new ComponentRow());
    });

    private async Task SaveAsync()
    {
        if (LocalErrors.Count > 0) return;
        if (Existing is { Kind: "bundle", Components.Count: > 0 } && kind == ProductKind.Standard)
        {
            var confirmed = await Dialogs.ShowMessageBoxAsync("Remove the components?",
                $"Saving {Existing.Sku} as a standard product removes its {Existing.Components.Count} component(s); it then sells its own stock only.",
                yesText: "Make it standard", cancelText: "Keep editing");
            if (confirmed != true) return;
        }

        saving = true;
        try
        {
            if (Existing is null && await ExistsAsync(sku!))
            {
                serverErrors = new Dictionary<string, string[]> { ["sku"] = [$"A product with SKU {sku!.Trim()} already exists."] };
                return;
            }

            var components = kind == ProductKind.Bundle ? rows.Select(r => (ComponentRequest?)new ComponentRequest(r.Sku, r.Quantity)).ToList() : null;
            var (product, _) = await Catalogue.PutProductAsync(sku!, name, upc, kind.ToString().ToLowerInvariant(), components);
            Dialog.Close(DialogResult.Ok(product));
        }
        catch (InventoryRuleException ex)
        {
            serverErrors = ex.Errors;
        }
        finally
        {
            saving = false;
            if (form is not null) await form.ValidateAsync();
        }
    }

    private async Task<bool> ExistsAsync(string candidate)
    {
        try
        {
            await Catalogue.ProductAsync(candidate);
            return true;
        }
        catch (InventoryRuleException)
        {
            return false;
        }
    }

    private sealed class ComponentRow
    {
        public string? Sku { get; set; }

        public int Quantity { get; set; } = 1;
    }
}
