using InventoryAdmin.Domain.Model;
using InventoryAdmin.Domain.Model.Ledger;
using InventoryAdmin.Domain.Services.Contracts;
using InventoryAdmin.Domain.Services.Import;

namespace InventoryAdmin.Domain.Services;

/// <summary>
/// CSV stock import (SPEC §3 Updates): each line is a refresh — a counted On Hand for a product at a location,
/// in the segment its tag columns name, or spread by the percentages when it names none. The file is one batch
/// through <see cref="StockService"/>: every error is reported by line and column, and nothing is applied unless
/// every line is good. A dry run reports the same and changes nothing.
/// </summary>
public sealed class StockImportService(TagService tags, StockService stock)
{
    public async Task<ImportReport> ImportAsync(Stream csv, bool dryRun, Actor actor, CancellationToken ct = default)
    {
        var tagNames = (await tags.ListAsync(ct)).Select(t => t.Name);
        var parsed = await StockCsvReader.ReadAsync(csv, tagNames, stock.Limits.MaxLines, ct);
        // Reading stopped one line past the limit: the file is refused before any line is checked.
        if (parsed.LineCount > stock.Limits.MaxLines)
            throw stock.Limits.TooMany($"more than {stock.Limits.MaxLines:N0} lines of stock", "file");
        var errors = new List<ImportError>(parsed.Errors);
        if (parsed.Lines.Count == 0) return Report(parsed, errors);

        if (dryRun || errors.Count > 0)
        {
            // Lines that could not be read are checked too, so one report lists every problem in the file.
            try { await stock.CheckRefreshAsync(parsed.Lines, ct); }
            catch (InventoryRuleException refused)
            {
                errors.AddRange(BatchErrorMapper.Map(refused, parsed.LineNumbers));
                return Report(parsed, errors, refused.ErrorCount - refused.Errors.Count);
            }

            return Report(parsed, errors);
        }

        try
        {
            // Applying checks every line again inside the write transaction; a refusal is reported as a dry run's would be.
            var result = await stock.RefreshAsync(parsed.Lines, actor with { Source = MovementSource.Import }, ct);
            return new ImportReport(parsed.LineCount, parsed.LineCount, [], result.Applied, result.Movements);
        }
        catch (InventoryRuleException refused)
        {
            return Report(parsed, [.. BatchErrorMapper.Map(refused, parsed.LineNumbers)], refused.ErrorCount - refused.Errors.Count);
        }
    }

    /// <param name="unlisted">Errors the stock rules counted but did not list (a refusal lists at most 100).</param>
    private static ImportReport Report(ParsedImport parsed, List<ImportError> errors, int unlisted = 0)
    {
        // A line read with an error may be refused by the stock rules for the same field; the first message says it.
        var distinct = errors.DistinctBy(e => (e.Line, e.Field)).OrderBy(e => e.Line).ToList();
        var badLines = distinct.Where(e => e.Line > 1).Select(e => e.Line).Distinct().Count();
        var valid = parsed.Lines.Count == parsed.LineCount ? Math.Max(0, parsed.LineCount - badLines - unlisted) : 0;
        return new ImportReport(parsed.LineCount, valid, distinct.Take(InventoryRuleException.MaxListedErrors).ToList(), ErrorCount: distinct.Count + unlisted);
    }
}
