using System.Globalization;
using InventoryAdmin.Domain.Model;

namespace InventoryAdmin.Domain.Services;

/// <summary>
/// Configuration <c>Api:MaxBatchLines</c> (default 10,000): the most lines one refresh, adjust or CSV import may hold, and
/// the most items (or return and settle lines) one order request may hold. A batch is one transaction that holds the
/// store's write lock while it is planned and written, so the limit also bounds how long an order placed meanwhile waits.
/// </summary>
public sealed record BatchLimits(int MaxLines = BatchLimits.DefaultMaxLines)
{
    public const int DefaultMaxLines = 10_000;

    public const string Setting = "Api:MaxBatchLines";

    public static BatchLimits Default { get; } = new();

    public static BatchLimits From(string? configured) =>
        new(int.TryParse(configured, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : DefaultMaxLines);

    /// <summary>Refuses more than <see cref="MaxLines"/> lines with a 413 naming the limit; nothing has been read or changed yet.</summary>
    /// <param name="what">The lines in words: "lines", "items".</param>
    public void Check(int count, string field = "items", string what = "lines")
    {
        if (count <= MaxLines) return;
        throw TooMany(string.Create(CultureInfo.InvariantCulture, $"{count:N0} {what}"), field, what);
    }

    /// <summary>The refusal for a request known only to exceed the limit (a file read up to one line past it).</summary>
    public InventoryRuleException TooMany(string counted, string field = "items", string what = "lines")
    {
        var message = string.Create(CultureInfo.InvariantCulture,
            $"The request has {counted}; at most {MaxLines:N0} {what} are accepted per request ({Setting}). Split it into several requests; nothing was changed.");
        return new InventoryRuleException(field, message, RuleViolationKind.TooLarge);
    }
}
