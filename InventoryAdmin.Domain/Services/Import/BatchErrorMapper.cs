using System.Text.RegularExpressions;
using InventoryAdmin.Domain.Model;
using InventoryAdmin.Domain.Services.Contracts;

namespace InventoryAdmin.Domain.Services.Import;

/// <summary>
/// Turns the stock service's batch errors (<c>items[i].field</c>, <c>items[i].tags.Channel</c>) into CSV errors:
/// the file's line number for item i, and the column the user wrote (a tag's column is named after the tag).
/// </summary>
internal static partial class BatchErrorMapper
{
    public static IEnumerable<ImportError> Map(InventoryRuleException refused, IReadOnlyList<int> lineNumbers)
    {
        foreach (var (key, messages) in refused.Errors)
        {
            var match = ItemKey().Match(key);
            var line = match.Success && int.TryParse(match.Groups["index"].Value, out var i) && i < lineNumbers.Count ? lineNumbers[i] : 1;
            var field = match.Success ? match.Groups["field"].Value : key;
            if (field.StartsWith("tags.", StringComparison.Ordinal)) field = field["tags.".Length..];
            foreach (var message in messages) yield return new ImportError(line, field.Length == 0 ? "line" : field, LineNumbersIn(message, lineNumbers));
        }
    }

    /// <summary>A message that names another line (<c>items[4]</c>, a duplicate) names it by its line in the file.</summary>
    private static string LineNumbersIn(string message, IReadOnlyList<int> lineNumbers) =>
        ItemReference().Replace(message, m => int.TryParse(m.Groups["index"].Value, out var i) && i < lineNumbers.Count ? $"line {lineNumbers[i]}" : m.Value);

    [GeneratedRegex(@"items\[(?<index>\d+)\]")]
    private static partial Regex ItemReference();

    [GeneratedRegex(@"^items\[(?<index>\d+)\]\.?(?<field>.*)$")]
    private static partial Regex ItemKey();
}
