namespace InventoryAdmin.Domain.Services.Contracts;

/// <summary>
/// What a CSV stock import found: data lines read, how many of them have no error, the errors (line 1 is the header),
/// and — for an import that was applied — the lines applied and ledger movements written. Any error means nothing was applied.
/// Errors lists the first <see cref="Model.InventoryRuleException.MaxListedErrors"/> (by line); ErrorCount says how many there were.
/// </summary>
public sealed record ImportReport(int Lines, int Valid, IReadOnlyList<ImportError> Errors, int Applied = 0, int Movements = 0, int ErrorCount = 0);
