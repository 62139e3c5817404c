namespace InventoryAdmin.Domain.Model.Tags;

/// <summary>The outcome of <see cref="TagRules.Check"/>: field → messages, empty when the draft is valid.</summary>
public sealed record TagRuleResult(IReadOnlyDictionary<string, string[]> Errors, bool IsOnlyNameConflict)
{
    public bool IsValid => Errors.Count == 0;

    public string? For(string field) => Errors.TryGetValue(field, out var m) ? string.Join(" ", m) : null;

    public void ThrowIfInvalid()
    {
        if (IsValid) return;
        var kind = IsOnlyNameConflict ? RuleViolationKind.Conflict : RuleViolationKind.Invalid;
        var summary = string.Join(" ", Errors.Values.SelectMany(m => m));
        throw new InventoryRuleException(summary, Errors, kind);
    }
}
