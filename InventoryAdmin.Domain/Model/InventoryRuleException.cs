namespace InventoryAdmin.Domain.Model;

/// <summary>
/// The one exception a broken product rule throws. <see cref="Errors"/> maps a field path
/// (<c>name</c>, <c>values[2].percent</c>) to messages a user can read; UI and API show the same text.
/// A refusal lists at most <see cref="MaxListedErrors"/> fields; <see cref="ErrorCount"/> says how many there were.
/// </summary>
public sealed class InventoryRuleException : Exception
{
    /// <summary>The most fields a refusal lists (a 100,000-line batch of bad lines must not answer with megabytes).</summary>
    public const int MaxListedErrors = 100;

    public InventoryRuleException(string message, IReadOnlyDictionary<string, string[]> errors, RuleViolationKind kind = RuleViolationKind.Invalid)
        : base(message)
    {
        ErrorCount = errors.Count;
        Errors = errors.Count <= MaxListedErrors ? errors : errors.Take(MaxListedErrors).ToDictionary(e => e.Key, e => e.Value);
        Kind = kind;
    }

    public InventoryRuleException(string field, string message, RuleViolationKind kind = RuleViolationKind.Invalid)
        : this(message, new Dictionary<string, string[]> { [field] = [message] }, kind)
    {
    }

    /// <summary>The first <see cref="MaxListedErrors"/> fields and their messages.</summary>
    public IReadOnlyDictionary<string, string[]> Errors { get; }

    /// <summary>How many fields were refused, listed or not.</summary>
    public int ErrorCount { get; }

    public RuleViolationKind Kind { get; }

    public static InventoryRuleException NotFound(string field, string message) => new(field, message, RuleViolationKind.NotFound);

    /// <summary>A request that is not well formed (a page number below 1): HTTP 400.</summary>
    public static InventoryRuleException Malformed(string field, string message) => new(field, message, RuleViolationKind.Malformed);
}
