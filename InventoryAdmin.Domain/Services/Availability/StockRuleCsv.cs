using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using InventoryAdmin.Domain.Model;
using InventoryAdmin.Domain.Services.Contracts;

namespace InventoryAdmin.Domain.Services.Availability;

/// <summary>
/// Stock rules as CSV: <c>locationCode,sku,safetyStock,lowStockAt</c> and one column per tag (blank = the tag's default,
/// blank figure = not set). Import applies every line or none; errors name the file line and column.
/// </summary>
public sealed class StockRuleCsv(StockRuleService rules, TagService tags)
{
    private static readonly string[] Fixed = ["locationCode", "sku", "safetyStock", "lowStockAt"];

    public async Task WriteAsync(Stream output, CancellationToken ct = default)
    {
        var tagNames = (await tags.ListAsync(ct)).Select(t => t.Name).ToList();
        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), leaveOpen: true);
        await using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture, leaveOpen: true);
        foreach (var name in Fixed.Concat(tagNames)) csv.WriteField(name);
        await csv.NextRecordAsync();
        foreach (var rule in await rules.ListAsync(ct))
        {
            csv.WriteField(rule.LocationCode ?? "");
            csv.WriteField(rule.Sku ?? "");
            csv.WriteField(rule.SafetyStock?.ToString(CultureInfo.InvariantCulture) ?? "");
            csv.WriteField(rule.LowStockAt?.ToString(CultureInfo.InvariantCulture) ?? "");
            foreach (var name in tagNames) csv.WriteField(rule.Tags.GetValueOrDefault(name) ?? "");
            await csv.NextRecordAsync();
        }
    }

    /// <summary>Reads the file and applies its rules (a line with both figures blank removes its rule).</summary>
    public async Task<StockRulesAppliedDto> ImportAsync(Stream input, CancellationToken ct = default)
    {
        var (lines, fileLines) = await ReadAsync(input, ct);
        try
        {
            return await rules.PutAsync(lines, ct);
        }
        catch (InventoryRuleException e) when (e.Errors.Count > 0)
        {
            // items[3].sku → line 5, sku: the user fixes the file, not a JSON body.
            var errors = e.Errors.ToDictionary(x => OnLine(x.Key, fileLines), x => x.Value);
            throw new InventoryRuleException($"The file was not applied: {errors.First().Key}: {errors.First().Value[0]}", errors, e.Kind);
        }
    }

    private static string OnLine(string field, IReadOnlyList<int> fileLines)
    {
        if (!field.StartsWith("items[", StringComparison.Ordinal)) return field;
        var close = field.IndexOf(']');
        var index = int.Parse(field[6..close], CultureInfo.InvariantCulture);
        var rest = field[(close + 1)..].TrimStart('.');
        if (rest.StartsWith("tags.", StringComparison.Ordinal)) rest = rest[5..];
        return $"line {fileLines[index]}" + (rest.Length > 0 ? $", {rest}" : "");
    }

    private static async Task<(List<StockRuleLine?> Lines, List<int> FileLines)> ReadAsync(Stream input, CancellationToken ct)
    {
        using var reader = new StreamReader(input);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { DetectDelimiter = false, BadDataFound = null });
        if (!await csv.ReadAsync() || !csv.ReadHeader() || csv.HeaderRecord is not { Length: > 0 } header)
            throw InventoryRuleException.Malformed("file", "The file is empty; its first line names the columns: locationCode,sku,safetyStock,lowStockAt and one per tag.");
        var columns = header.Select(h => h.Trim()).ToList();
        foreach (var name in new[] { "safetyStock", "lowStockAt" })
            if (!columns.Contains(name, StringComparer.OrdinalIgnoreCase))
                throw InventoryRuleException.Malformed("file", $"The file has no '{name}' column. Columns: locationCode,sku,safetyStock,lowStockAt and one per tag.");
        var tagColumns = columns.Where(c => !Fixed.Contains(c, StringComparer.OrdinalIgnoreCase)).ToList();
        var lines = new List<StockRuleLine?>();
        var fileLines = new List<int>();
        var errors = new Dictionary<string, string[]>();
        while (await csv.ReadAsync())
        {
            ct.ThrowIfCancellationRequested();
            var line = csv.Parser.Row;
            string Field(string name) => columns.FindIndex(c => string.Equals(c, name, StringComparison.OrdinalIgnoreCase)) is var i and >= 0
                ? (csv.GetField(i) ?? "").Trim() : "";
            int? Number(string name)
            {
                var text = Field(name);
                if (text.Length == 0) return null;
                if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n)) return n;
                errors[$"line {line}, {name}"] = [$"'{text}' is not a whole number."];
                return null;
            }

            var tagValues = tagColumns.Select(t => (t, Field(t))).Where(x => x.Item2.Length > 0).ToDictionary(x => x.t, x => x.Item2, StringComparer.OrdinalIgnoreCase);
            lines.Add(new StockRuleLine(tagValues, NullIfEmpty(Field("locationCode")), NullIfEmpty(Field("sku")), Number("safetyStock"), Number("lowStockAt")));
            fileLines.Add(line);
        }

        if (errors.Count > 0) throw new InventoryRuleException($"The file was not applied: {errors.First().Key}: {errors.First().Value[0]}", errors);
        if (lines.Count == 0) throw new InventoryRuleException("file", "The file has no rules below its header line.");
        return (lines, fileLines);
    }

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;
}
