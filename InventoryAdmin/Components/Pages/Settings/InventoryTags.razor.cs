using InventoryAdmin.Domain.Model;
using InventoryAdmin.Domain.Model.Ledger;
using InventoryAdmin.Domain.Services;
using InventoryAdmin.Domain.Services.Contracts;
using InventoryAdmin.Components.Shared;
using InventoryAdmin.Identity;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace InventoryAdmin.Components.Pages.Settings;

/// <summary>/settings/inventory: the Enable Inventory Tags switch and the tag table, live across browsers.</summary>
public partial class InventoryTags
{
    private IReadOnlyList<TagDto> tags = [];
    private bool tagsEnabled;
    private bool loaded;
    private bool canEdit;
    private IDisposable? live;
    private int switchVersion;
    private Actor actor = new("unknown", MovementSource.Ui);

    [CascadingParameter] private Task<AuthenticationState> AuthState { get; set; } = default!;

    [Inject] private TagService Tags { get; set; } = default!;

    [Inject] private InventorySettingsService Settings { get; set; } = default!;

    [Inject] private InventoryChanges Changes { get; set; } = default!;

    [Inject] private IDialogService Dialogs { get; set; } = default!;

    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        var user = await SignedInUser.FromAsync(AuthState);
        canEdit = user.IsInAnyRole(Roles.Merchandiser, Roles.Admin);
        actor = user.Actor;
        live = Changes.Subscribe([InventoryChangeArea.Tags, InventoryChangeArea.Settings], () => InvokeAsync(async () =>
        {
            var (shownTags, shownEnabled) = (tags, tagsEnabled);
            await LoadAsync();
            // This page's own save has usually loaded the change already: re-rendering the same rows would only swap
            // their click handlers under a click in flight (an expand lost) for nothing.
            if (shownEnabled != tagsEnabled || !SameTags(shownTags, tags)) StateHasChanged();
        }));
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        tags = await Tags.ListAsync();
        tagsEnabled = (await Settings.GetAsync()).TagsEnabled;
        loaded = true;
    }

    private async Task OnTagsEnabledChanged(bool enabled)
    {
        if (!canEdit) return;
        // MudSwitch has already flipped its own state: re-create it showing the stored setting until confirmed.
        switchVersion++;
        var preview = await Settings.PreviewTagsSwitchAsync();
        if (preview.TagsEnabled == enabled || !await TagsSwitchDialog.ConfirmAsync(Dialogs, preview))
        {
            await LoadAsync();
            return;
        }

        tagsEnabled = (await Settings.SetTagsEnabledAsync(enabled)).TagsEnabled;
        Snackbar.Add(enabled ? "Inventory tags enabled." : "Inventory tags disabled.", Severity.Info);
        if (enabled && tags.Count == 0) await CreateAsync();
    }

    private async Task CreateAsync()
    {
        if (!canEdit) return;
        var saved = await ShowEditorAsync(null);
        if (saved is not null) Snackbar.Add($"Tag '{saved.Name}' created.", Severity.Success);
    }

    private async Task EditAsync(TagDto tag)
    {
        if (!canEdit) return;
        var saved = await ShowEditorAsync(tag);
        if (saved is not null) Snackbar.Add($"Tag '{saved.Name}' saved.", Severity.Success);
    }

    private async Task DeleteAsync(TagDto tag)
    {
        if (!canEdit) return;
        // Ask the service first, so a tag that holds stock is explained instead of confirmed and then refused.
        try
        {
            if (!await TagDeletionDialog.ConfirmAsync(Dialogs, await Tags.CheckDeletionAsync(tag.Name))) return;
            await Tags.DeleteAsync(tag.Name, actor);
            Snackbar.Add($"Tag '{tag.Name}' deleted.", Severity.Success);
        }
        catch (InventoryRuleException ex) when (ex.Kind == RuleViolationKind.NotFound)
        {
            Snackbar.Add($"Tag '{tag.Name}' was deleted meanwhile.", Severity.Info);
        }
        catch (InventoryRuleException)
        {
            // Stock arrived between the check and the delete: show what holds the tag now.
            await TagDeletionDialog.ConfirmAsync(Dialogs, await Tags.CheckDeletionAsync(tag.Name));
        }

        await LoadAsync();
    }

    private async Task<TagDto?> ShowEditorAsync(TagDto? existing)
    {
        var parameters = new DialogParameters<TagEditorDialog>
        {
            { d => d.Existing, existing },
            { d => d.OtherTagNames, tags.Where(t => t.Name != existing?.Name).Select(t => t.Name).ToList() },
            { d => d.Actor, actor },
        };
        var options = new DialogOptions { MaxWidth = MaxWidth.Medium, FullWidth = true, CloseOnEscapeKey = true, BackdropClick = false };
        var dialog = await Dialogs.ShowAsync<TagEditorDialog>(existing is null ? "Create Tag" : "Edit Tag", parameters, options);
        var result = await dialog.Result;
        if (result is null || result.Canceled) return null;
        await LoadAsync();
        return result.Data as TagDto;
    }

    private static bool SameTags(IReadOnlyList<TagDto> shown, IReadOnlyList<TagDto> loaded) =>
        shown.Count == loaded.Count && shown.Zip(loaded).All(p =>
            p.First.Name == p.Second.Name && p.First.Mode == p.Second.Mode && p.First.DefaultValue == p.Second.DefaultValue
            && p.First.Values.SequenceEqual(p.Second.Values));

    public void Dispose() => live?.Dispose();
}
