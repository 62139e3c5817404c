using System.Globalization;
using System.Text;
using CsvHelper;
using InventoryAdmin.Domain.Services.Contracts;

namespace InventoryAdmin.Domain.Services;

/// <summary>
/// The inventory grid as CSV: the same filter, segment and sort as the grid, every page of it. Pages are read
/// and written one at a time, so a large catalogue is never held in memory.
/// </summary>
public sealed class StockExportService(InventoryQueryService query)
{
    public const int PageSize = InventoryQueryService.MaxPageSize;

    private static readonly string[] Header = ["sku", "upc", "name", "locationCode", "onHand", "locked", "allocated", "available"];

    public async Task WriteCsvAsync(GridQuery filter, Stream output, CancellationToken ct = default)
    {
        // The first page is read before anything is written, so an unknown location or segment is refused
        // while the caller can still answer with an error instead of a half-written file.
        var page = await query.GridAsync(filter with { Page = 0, PageSize = PageSize }, ct);

        await using var text = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), leaveOpen: true);
        await using var csv = new CsvWriter(text, CultureInfo.InvariantCulture, leaveOpen: true);
        foreach (var column in Header) csv.WriteField(column);
        await csv.NextRecordAsync();

        for (var number = 0; ; number++)
        {
            foreach (var row in page.Items)
            {
                csv.WriteField(row.Sku);
                csv.WriteField(row.Upc);
                csv.WriteField(row.Name);
                csv.WriteField(row.LocationCode);
                csv.WriteField(row.OnHand);
                csv.WriteField(row.Locked);
                csv.WriteField(row.Allocated);
                csv.WriteField(row.Available);
                await csv.NextRecordAsync();
            }

            await csv.FlushAsync();
            if (page.Items.Count < PageSize || (number + 1) * PageSize >= page.Total) break;
            page = await query.GridAsync(filter with { Page = number + 1, PageSize = PageSize }, ct);
        }
    }
}
