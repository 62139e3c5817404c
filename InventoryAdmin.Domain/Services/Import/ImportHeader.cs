using InventoryAdmin.Domain.Services.Contracts;

namespace InventoryAdmin.Domain.Services.Import;

/// <summary>
/// The header line of a stock CSV: which column holds what. Known columns and tag names match case-insensitively.
/// Any other named column is an error rather than ignored, because a misspelt tag column would otherwise
/// silently turn segment counts into counts spread by percentages.
/// </summary>
internal sealed class ImportHeader
{
    private readonly Dictionary<string, int> known = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<(int Index, string Tag)> tagColumns = [];
    private readonly List<ImportError> errors = [];

    private ImportHeader(int width) => Width = width;

    /// <summary>How many columns the header names; a line may not put values beyond them.</summary>
    public int Width { get; }

    /// <summary>Tag columns with the tag's own spelling of its name.</summary>
    public IReadOnlyList<(int Index, string Tag)> TagColumns => tagColumns;

    public IReadOnlyList<ImportError> Errors => errors;

    /// <summary>False when a required column is missing: every line would then repeat the same error.</summary>
    public bool CanReadLines { get; private set; } = true;

    public int? IndexOf(string column) => known.TryGetValue(column, out var index) ? index : null;

    public static ImportHeader Parse(IReadOnlyList<string> cells, IEnumerable<string> tagNames)
    {
        var header = new ImportHeader(cells.Count);
        var tags = tagNames.ToDictionary(t => t, t => t, StringComparer.OrdinalIgnoreCase);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < cells.Count; i++)
        {
            var name = cells[i].Trim();
            // Spreadsheets often save trailing columns with no name and no values; they carry nothing to import.
            if (name.Length == 0) continue;
            if (!seen.Add(name)) header.Fail(name, $"The column '{name}' appears more than once in the header.");
            else if (ImportColumns.Known.FirstOrDefault(k => string.Equals(k, name, StringComparison.OrdinalIgnoreCase)) is { } column)
                header.known[column] = i;
            else if (tags.TryGetValue(name, out var tag)) header.tagColumns.Add((i, tag));
            else header.Fail(name, $"The column '{name}' is neither one of {string.Join(", ", ImportColumns.Known)} nor the name of a tag.");
        }

        if (header.IndexOf(ImportColumns.Sku) is null && header.IndexOf(ImportColumns.Upc) is null)
            header.Require(ImportColumns.Sku, "The header needs a sku or a upc column.");
        if (header.IndexOf(ImportColumns.LocationCode) is null)
            header.Require(ImportColumns.LocationCode, "The header needs a locationCode column.");
        if (header.IndexOf(ImportColumns.Quantity) is null)
            header.Require(ImportColumns.Quantity, "The header needs a quantity column.");
        return header;
    }

    private void Fail(string field, string message) => errors.Add(new ImportError(1, field, message));

    private void Require(string field, string message)
    {
        Fail(field, message);
        CanReadLines = false;
    }
}
