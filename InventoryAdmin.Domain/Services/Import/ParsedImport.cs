using InventoryAdmin.Domain.Services.Contracts;

namespace InventoryAdmin.Domain.Services.Import;

/// <summary>
/// A stock CSV read into refresh lines. <see cref="Lines"/> has one entry per data line (an unreadable quantity
/// stands as 0, so the line is still checked for its other fields); <see cref="LineNumbers"/>[i] is line i's number
/// in the file. <see cref="Errors"/> are the problems found while reading, before any stock rule is checked.
/// </summary>
internal sealed record ParsedImport(int LineCount, IReadOnlyList<StockLine> Lines, IReadOnlyList<int> LineNumbers,
    IReadOnlyList<ImportError> Errors);
