namespace InventoryAdmin.Domain.Model;

/// <summary>
/// The one exception a broken product rule throws. <see cref="Errors"/> maps a field path
/// (<c>name</c>, <c>values[2].percent</c>) to messages a user can read; UI and API show the same text.
/// </summary>
public sealed class InventoryRuleException : Exception
{
    public InventoryRuleException(string message, IReadOnlyDictionary<string, string[]> errors, RuleViolationKind kind = RuleViolationKind.Invalid)
        : base(message)
    {
        Errors = errors;
        Kind = kind;
    }

    public InventoryRuleException(string field, string message, RuleViolationKind kind = RuleViolationKind.Invalid)
        : this(message, new Dictionary<string, string[]> { [field] = [message] }, kind)
    {
    }

    public IReadOnlyDictionary<string, string[]> Errors { get; }

    public RuleViolationKind Kind { get; }

    public static InventoryRuleException NotFound(string field, string message) => new(field, message, RuleViolationKind.NotFound);
}
