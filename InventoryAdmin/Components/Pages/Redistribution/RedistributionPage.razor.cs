using InventoryAdmin.Components.Shared;
using InventoryAdmin.Domain.Model;
using InventoryAdmin.Domain.Model.Ledger;
using InventoryAdmin.Domain.Services;
using InventoryAdmin.Domain.Services.Contracts;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace InventoryAdmin.Components.Pages.Redistribution;

/// <summary>
/// /redistribution (Admin): scope by pasted SKU/UPC lists and locations, a dry-run preview, a confirmed start, the live
/// progress of the current job with cancel, its report, and the history of jobs. Updates live as the job advances.
/// </summary>
public partial class RedistributionPage : IDisposable
{
    private static readonly char[] Separators = ['\n', '\r', ',', ';', '\t', ' '];

    private MudForm? form;
    private string? skus;
    private string? upcs;
    private IReadOnlyCollection<string> locationCodes = [];
    private string mode = "now";
    private IReadOnlyList<LocationDto> locations = [];
    private IReadOnlyDictionary<string, string[]> serverErrors = new Dictionary<string, string[]>();
    private RedistributionJobDto? preview;
    private RedistributionJobDto? current;
    private IReadOnlyList<RedistributionJobDto> history = [];
    private Actor actor = new("unknown", MovementSource.Ui);
    private IDisposable? live;
    private bool busy;

    [CascadingParameter] private Task<AuthenticationState> AuthState { get; set; } = default!;

    [Inject] private RedistributionService Service { get; set; } = default!;

    [Inject] private CatalogueService Catalogue { get; set; } = default!;

    [Inject] private InventoryChanges Changes { get; set; } = default!;

    [Inject] private IDialogService Dialogs { get; set; } = default!;

    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    private bool Running => current is { Status: "queued" or "running" };

    protected override async Task OnInitializedAsync()
    {
        actor = (await SignedInUser.FromAsync(AuthState)).Actor;
        live = Changes.Subscribe([InventoryChangeArea.Redistribution], () => InvokeAsync(async () => { await LoadAsync(); StateHasChanged(); }), TimeSpan.FromMilliseconds(200));
        locations = await Catalogue.LocationsAsync();
        await LoadAsync();
        // Coming back to the page while a job runs shows its progress.
        if (history.FirstOrDefault(j => j.Status is "queued" or "running") is { } running) current = await Service.GetAsync(running.Id);
    }

    private async Task LoadAsync()
    {
        history = await Service.HistoryAsync();
        if (current is { Id: > 0 } shown) current = await Service.GetAsync(shown.Id);
    }

    private RedistributionRequest Request(bool dryRun) =>
        new(Split(skus), Split(upcs), locationCodes.ToList(), mode, dryRun);

    private async Task PreviewAsync()
    {
        await RunAsync(async () =>
        {
            preview = await Service.StartAsync(Request(dryRun: true), actor);
            if (preview.MoveCount == 0) Snackbar.Add("Nothing to move: every segment in scope is at its target or cannot move.", Severity.Info);
        });
    }

    private async Task StartAsync()
    {
        var plan = preview is null ? "" : $" The last preview moves {preview.UnitsMoved:N0} unit(s) in {preview.RecordsTouched:N0} record(s).";
        var what = mode == "now"
            ? "Free units move between segments now, record by record, in a background job you can cancel."
            : "The records are marked pending; each is redistributed with its next refresh or adjust.";
        var confirmed = await Dialogs.ShowMessageBoxAsync("Redistribute?",
            $"{what} Scope: {Describe()}.{plan} Allocated and locked units stay where they are.",
            yesText: "Redistribute", cancelText: "Back");
        if (confirmed != true) return;
        await RunAsync(async () =>
        {
            current = await Service.StartAsync(Request(dryRun: false), actor);
            preview = null;
            history = await Service.HistoryAsync();
            Snackbar.Add(mode == "now" ? $"Redistribution job {current.Id} started." : $"{current.RecordsTotal:N0} record(s) marked for their next update.",
                Severity.Success);
        });
    }

    private async Task CancelAsync()
    {
        if (current is null) return;
        var confirmed = await Dialogs.ShowMessageBoxAsync("Cancel the redistribution?",
            $"The job stops after the records it is on. {current.RecordsDone:N0} of {current.RecordsTotal:N0} record(s) are done and stay redistributed; the rest are left as they are.",
            yesText: "Cancel job", cancelText: "Keep running");
        if (confirmed != true) return;
        try
        {
            current = await Service.CancelAsync(current.Id, actor);
        }
        catch (InventoryRuleException ex)
        {
            Snackbar.Add(ex.Message, Severity.Warning);
            current = await Service.GetAsync(current.Id);
        }
    }

    private async Task OpenAsync(RedistributionJobDto job) => current = await Service.GetAsync(job.Id);

    private async Task RunAsync(Func<Task> action)
    {
        busy = true;
        try
        {
            await action();
        }
        catch (InventoryRuleException ex)
        {
            serverErrors = ex.Errors;
            if (form is not null) await form.ValidateAsync();
            Snackbar.Add(ex.Message, Severity.Error);
        }
        finally
        {
            busy = false;
        }
    }

    private void Edit(Action change)
    {
        change();
        serverErrors = new Dictionary<string, string[]>();
        preview = null;
    }

    private Func<string, string?> RuleFor(string field) => _ => serverErrors.TryGetValue(field, out var messages) ? messages[0] : null;

    private string Describe() =>
        $"{(Split(skus).Count + Split(upcs).Count == 0 ? "every product" : $"{Split(skus).Count:N0} SKU(s), {Split(upcs).Count:N0} UPC(s)")} at " +
        $"{(locationCodes.Count == 0 ? "every location" : string.Join(", ", locationCodes))}";

    private static string Count(string? text, string what) => Split(text).Count is var n && n == 0 ? "One per line, or separated by commas" : $"{n:N0} {what}(s)";

    private static List<string> Split(string? text) =>
        (text ?? "").Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    public void Dispose()
    {
        live?.Dispose();
    }
}
