using InventoryAdmin.Components.Shared;
using InventoryAdmin.Domain.Model;
using InventoryAdmin.Domain.Services.Availability;
using InventoryAdmin.Domain.Services.Contracts;
using InventoryAdmin.Identity;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Forms;
using MudBlazor;

namespace InventoryAdmin.Components.Pages.Settings;

/// <summary>Safety stock and low-stock thresholds (SPEC §10): anyone signed in reads; WarehouseManager and Admin edit.</summary>
public partial class StockRules
{
    private const long MaxBytes = 5 * 1024 * 1024;
    private IReadOnlyList<StockRuleDto>? rules;
    private IReadOnlyDictionary<string, string[]>? importErrors;
    private bool canEdit;
    private bool busy;

    [CascadingParameter] private Task<AuthenticationState> AuthState { get; set; } = default!;

    [Inject] private StockRuleService Rules { get; set; } = default!;

    [Inject] private StockRuleCsv Csv { get; set; } = default!;

    [Inject] private IDialogService Dialogs { get; set; } = default!;

    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        canEdit = (await SignedInUser.FromAsync(AuthState)).IsInAnyRole(Roles.WarehouseManager, Roles.Admin);
        rules = await Rules.ListAsync();
    }

    private async Task EditAsync(StockRuleDto? rule)
    {
        if (!canEdit) return;
        var dialog = await Dialogs.ShowAsync<StockRuleDialog>("", new DialogParameters<StockRuleDialog> { { d => d.Existing, rule } },
            new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true });
        if ((await dialog.Result) is { Canceled: false })
        {
            Snackbar.Add("Rule saved.", Severity.Success);
            rules = await Rules.ListAsync();
        }
    }

    private async Task DeleteAsync(StockRuleDto rule)
    {
        if (!canEdit) return;
        var scope = $"{Describe(rule.Tags)}{(rule.LocationCode is null ? "" : $" at {rule.LocationCode}")}{(rule.Sku is null ? "" : $" for {rule.Sku}")}";
        var confirmed = await Dialogs.ShowMessageBoxAsync("Delete rule?",
            $"Delete the rule for {scope}? Its segments fall back to a less specific rule, or to no safety stock and no alert.",
            yesText: "Delete", cancelText: "Cancel");
        if (confirmed != true) return;
        await Rules.PutAsync([new StockRuleLine(rule.Tags.ToDictionary(), rule.LocationCode, rule.Sku, null, null)]);
        Snackbar.Add("Rule deleted.", Severity.Success);
        rules = await Rules.ListAsync();
    }

    private async Task ImportAsync(IBrowserFile? file)
    {
        if (file is null || !canEdit) return;
        busy = true;
        importErrors = null;
        try
        {
            using var memory = new MemoryStream();
            await file.OpenReadStream(MaxBytes).CopyToAsync(memory);
            memory.Position = 0;
            var applied = await Csv.ImportAsync(memory);
            Snackbar.Add($"{applied.Applied} rule(s) changed from {file.Name}.", Severity.Success);
            rules = await Rules.ListAsync();
        }
        catch (InventoryRuleException e)
        {
            importErrors = e.Errors.Count > 0 ? e.Errors : new Dictionary<string, string[]> { ["file"] = [e.Message] };
        }
        catch (IOException e)
        {
            importErrors = new Dictionary<string, string[]> { ["file"] = [$"The file could not be read ({e.Message}); at most 5 MB."] };
        }
        finally
        {
            busy = false;
        }
    }

    private static string Describe(IReadOnlyDictionary<string, string> tags) =>
        tags.Count == 0 ? "every segment" : string.Join(", ", tags.Select(t => $"{t.Key}={t.Value}"));
}
