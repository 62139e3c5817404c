using System.Globalization;
using InventoryAdmin.Domain.Model;
using InventoryAdmin.Domain.Model.Tags;
using InventoryAdmin.Domain.Services;
using InventoryAdmin.Domain.Services.Contracts;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using MudBlazor;

namespace InventoryAdmin.Components.Shared;

/// <summary>
/// The Create/Edit Tag modal. Checks the same rules as the service on every keystroke (Save stays disabled
/// while anything is wrong), saves through <see cref="TagService"/> and closes with the saved tag.
/// </summary>
public partial class TagEditorDialog
{
    private readonly List<ValueRow> rows = [];
    private readonly HashSet<string> touched = [];
    private string? name;
    private ValueRow? defaultRow;
    private TagRuleResult check = new(new Dictionary<string, string[]>(), false);
    private IReadOnlyDictionary<string, string[]> serverErrors = new Dictionary<string, string[]>();
    private bool saving;
    private MudForm? form;

    [CascadingParameter] private IMudDialogInstance Dialog { get; set; } = default!;

    [Inject] private TagService Tags { get; set; } = default!;

    [Inject] private IDialogService Dialogs { get; set; } = default!;

    /// <summary>The tag to edit, or null to create one.</summary>
    [Parameter] public TagDto? Existing { get; set; }

    /// <summary>Names of the other tags, for the uniqueness rule.</summary>
    [Parameter] public IReadOnlyList<string> OtherTagNames { get; set; } = [];

    [Parameter, EditorRequired] public Actor Actor { get; set; } = default!;

    protected override void OnInitialized()
    {
        if (Existing is null)
        {
            rows.Add(new ValueRow());
        }
        else
        {
            name = Existing.Name;
            rows.AddRange(Existing.Values.Select(v => new ValueRow { Id = v.Id, Name = v.Name, PercentText = v.Percent?.ToString("0.##", CultureInfo.InvariantCulture) }));
        }

        defaultRow = rows.FirstOrDefault(r => string.Equals(r.Name, Existing?.DefaultValue, StringComparison.OrdinalIgnoreCase)) ?? rows[0];
        Recheck();
    }

    private TagDraft Draft => new(name, rows.Select(r => new TagValueDraft(r.Name, r.Percent, r.Id)).ToList(), defaultRow?.Name);

    private string? ErrorFor(string field)
    {
        if (serverErrors.TryGetValue(field, out var server)) return string.Join(" ", server);
        return touched.Contains(field) ? check.For(field) : null;
    }

    /// <summary>Errors that belong to no single field (the sum rule is shown in the total line instead).</summary>
    private IEnumerable<string> FormLevelErrors =>
        serverErrors.Where(e => e.Key is not "name" && !e.Key.StartsWith("values[", StringComparison.Ordinal))
            .SelectMany(e => e.Value)
            .Concat(touched.Contains("defaultValue") ? check.Errors.GetValueOrDefault("defaultValue") ?? [] : []);

    private decimal Total => TagRules.Total(Draft.Values);

    private int GivenCount => rows.Count(r => r.Percent is not null);

    private List<ValueRow> Unreadable => rows.Where(r => r.PercentIsUnreadable).ToList();

    /// <summary>The rules hold and every % typed is a number (an unreadable one is not a blank that takes the remainder).</summary>
    private bool CanSave => check.IsValid && Unreadable.Count == 0;

    private Severity TotalSeverity => Unreadable.Count > 0 || check.Errors.ContainsKey("values") ? Severity.Error
        : GivenCount == 0 ? Severity.Info : Severity.Success;

    private string TotalText => Unreadable is { Count: > 0 } unreadable
            ? $"No total: the allocation % of {string.Join(", ", unreadable.Select(Describe))} is not a number."
        : check.For("values") is { } error ? error
        : GivenCount == 0 ? "No allocation % given: discrete mode, units are placed in each segment explicitly."
        : GivenCount == rows.Count ? $"Total {Total:0.##} % — every value has a percentage and they add up to 100 %."
        : $"Total {Total:0.##} % — the blank values take the remaining {100 - Total:0.##} %.";

    /// <summary>
    /// The field's message for MudBlazor to show. Its own validation runs on input and blur and would clear a
    /// message passed through Error/ErrorText, so messages go through here, and every edit revalidates all
    /// fields (a change in one row can make another row a duplicate).
    /// </summary>
    private Func<T, string?> RuleFor<T>(string field) => _ => ErrorFor(field);

    private Func<string?, string?> PercentRule(ValueRow row, int index) =>
        _ => row.PercentIsUnreadable ? NotANumber : ErrorFor($"values[{index}].percent");

    private const string NotANumber = "Not a number: enter a % such as 25 or 12.5, or leave it blank.";

    private string Describe(ValueRow row) => string.IsNullOrWhiteSpace(row.Name) ? $"value {rows.IndexOf(row) + 1}" : $"'{row.Name.Trim()}'";

    /// <summary>
    /// Why Save is disabled, only in terms the user can see: marked fields when there are any, else what is still
    /// to be entered (an untouched empty dialog has nothing marked).
    /// </summary>
    private string? SaveHint
    {
        get
        {
            if (CanSave) return null;
            var marked = Unreadable.Count > 0 || serverErrors.Count > 0
                || check.Errors.Keys.Any(k => k != "values" && touched.Contains(k));
            if (marked) return "Fix the marked fields to save.";
            var missing = new List<string>();
            if (string.IsNullOrWhiteSpace(name)) missing.Add("a tag name");
            if (rows.Any(r => string.IsNullOrWhiteSpace(r.Name))) missing.Add(rows.Count == 1 ? "a value" : "a name for every value");
            if (missing.Count > 0) return $"Enter {string.Join(" and ", missing)} to save.";
            return check.Errors.ContainsKey("values") ? "Correct the total to save." : null;
        }
    }

    private async Task SubmitOnEnterAsync(KeyboardEventArgs e)
    {
        if (e.Key is "Enter" or "NumpadEnter" && CanSave && !saving) await SaveAsync();
    }

    private Task OnNameChanged(string? value) => Edit("name", () => name = value);

    private Task OnRowNameChanged(ValueRow row, string? value) => Edit($"values[{rows.IndexOf(row)}].name", () => row.Name = value);

    private Task OnRowPercentChanged(ValueRow row, string? value) => Edit($"values[{rows.IndexOf(row)}].percent", () => row.PercentText = value);

    private Task OnDefaultChanged(ValueRow row) => Edit("defaultValue", () => defaultRow = row);

    private Task AddRow() => Edit("values", () => rows.Add(new ValueRow()));

    private async Task RemoveRowAsync(ValueRow row)
    {
        if (Existing is not null && row.Id != 0)
        {
            // A stored value that holds stock cannot go: say so now rather than when Save is refused.
            var deletion = await Tags.CheckDeletionAsync(Existing.Name, row.Id);
            if (!deletion.CanDelete)
            {
                await TagDeletionDialog.ConfirmAsync(Dialogs, deletion);
                return;
            }
        }

        await RemoveRow(row);
    }

    private Task RemoveRow(ValueRow row) => Edit("values", () =>
    {
        // Row errors are keyed by index; after a removal every row is re-validated as shown.
        rows.Remove(row);
        for (var i = 0; i < rows.Count; i++) touched.Add($"values[{i}].name");
    });

    private async Task Edit(string field, Action change)
    {
        change();
        touched.Add(field);
        serverErrors = new Dictionary<string, string[]>();
        Recheck();
        if (form is not null) await form.ValidateAsync();
    }

    private void Recheck() => check = TagRules.Check(Draft, OtherTagNames);

    private void Cancel() => Dialog.Cancel();

    private async Task SaveAsync()
    {
        Recheck();
        if (!CanSave) return;

        var confirmModeChange = false;
        if (Existing is not null && Existing.Mode != TagRules.ModeOf(Draft.Values))
        {
            var to = TagRules.ModeOf(Draft.Values) == TagMode.Percentage ? "percentage" : "discrete";
            var confirmed = await Dialogs.ShowMessageBoxAsync("Switch tag mode?",
                $"Saving switches '{Existing.Name}' to {to} mode. Stock is re-split on the next update or redistribution.",
                yesText: "Switch mode", cancelText: "Keep editing");
            if (confirmed != true) return;
            confirmModeChange = true;
        }

        saving = true;
        try
        {
            var saved = Existing is null
                ? await Tags.CreateAsync(Draft, Actor)
                : await Tags.UpdateAsync(Existing.Name, Draft, confirmModeChange, Actor);
            Dialog.Close(DialogResult.Ok(saved));
        }
        catch (InventoryRuleException ex)
        {
            serverErrors = ex.Errors;
            if (form is not null) await form.ValidateAsync();
        }
        finally
        {
            saving = false;
        }
    }

    private sealed class ValueRow
    {
        public int Id { get; init; }

        public string? Name { get; set; }

        public string? PercentText { get; set; }

        public decimal? Percent => Parse(PercentText);

        public bool PercentIsUnreadable => !string.IsNullOrWhiteSpace(PercentText) && Percent is null;

        // "12.5", "12,5" and "12.5 %" all read as 12.5; the rules then check the range and the decimals.
        private static decimal? Parse(string? text)
        {
            var trimmed = text?.Trim().TrimEnd('%').Trim().Replace(',', '.');
            return decimal.TryParse(trimmed, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var p)
                ? p : null;
        }
    }
}
