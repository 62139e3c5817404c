using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using InventoryAdmin.Domain.Services.Contracts;

namespace InventoryAdmin.Domain.Services.Import;

/// <summary>
/// Reads a stock CSV (header required) into refresh lines, reporting what cannot be read as <c>{ line, field, message }</c>.
/// Only the file's format is checked here; products, locations, tag values and quantities are judged by
/// <see cref="StockService"/>, so an import reports the same messages as the API and the grid.
/// </summary>
internal static class StockCsvReader
{
    /// <param name="maxLines">Reading stops at the first line past this many (the import is then refused whole).</param>
    public static async Task<ParsedImport> ReadAsync(Stream csv, IEnumerable<string> tagNames, int maxLines, CancellationToken ct)
    {
        string? badField = null;
        var config = new CsvConfiguration(CultureInfo.InvariantCulture) { BadDataFound = args => badField ??= args.Field };
        using var text = new StreamReader(csv, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        using var parser = new CsvParser(text, config);

        if (!await parser.ReadAsync())
            return new ParsedImport(0, [], [], [new ImportError(1, "file", $"The file is empty. Its first line must be the header: {string.Join(",", ImportColumns.Known)} and a column per tag.")]);
        var header = ImportHeader.Parse(parser.Record ?? [], tagNames);

        var errors = new List<ImportError>(header.Errors);
        var lines = new List<StockLine>();
        var numbers = new List<int>();
        var count = 0;
        while (true)
        {
            ct.ThrowIfCancellationRequested();
            badField = null;
            if (!await parser.ReadAsync()) break;
            var cells = parser.Record ?? [];
            // Blank lines, and the ",,,," rows spreadsheets leave at the end, are not lines of stock.
            if (cells.All(string.IsNullOrWhiteSpace)) continue;
            count++;
            if (count > maxLines) break;
            if (!header.CanReadLines) continue;

            // Row counts records, as a spreadsheet numbers its rows: a quoted cell spanning two lines stays one line.
            var number = parser.Row;
            if (badField is not null)
                errors.Add(new ImportError(number, "line", $"A quote is out of place in '{badField}'. Quote a whole cell, and double any quote inside it."));
            lines.Add(ReadLine(header, cells, number, errors));
            numbers.Add(number);
        }

        if (count == 0) errors.Add(new ImportError(1, "file", "The file has a header but no lines of stock."));
        return new ParsedImport(count, lines, numbers, errors);
    }

    private static StockLine ReadLine(ImportHeader header, string[] cells, int number, List<ImportError> errors)
    {
        string? Cell(int? index) => index is { } i && i < cells.Length && !string.IsNullOrWhiteSpace(cells[i]) ? cells[i].Trim() : null;

        if (cells.Skip(header.Width).Any(c => !string.IsNullOrWhiteSpace(c)))
            errors.Add(new ImportError(number, "line", $"The line has values in {cells.Length} columns but the header names only {header.Width}."));

        var quantity = 0;
        var quantityText = Cell(header.IndexOf(ImportColumns.Quantity));
        if (quantityText is null)
            errors.Add(new ImportError(number, ImportColumns.Quantity, "Give the counted quantity."));
        // A negative count reads here and is refused by the stock rules, with their message.
        else if (!int.TryParse(quantityText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out quantity))
            errors.Add(new ImportError(number, ImportColumns.Quantity, $"'{quantityText}' is not a whole number of units."));

        Dictionary<string, string>? tags = null;
        foreach (var (index, tag) in header.TagColumns)
            if (Cell(index) is { } value) (tags ??= new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase))[tag] = value;

        return new StockLine(Cell(header.IndexOf(ImportColumns.Sku)), Cell(header.IndexOf(ImportColumns.Upc)),
            Cell(header.IndexOf(ImportColumns.LocationCode)), tags, quantity, StorageLocation: Cell(header.IndexOf(ImportColumns.StorageLocation)));
    }
}
