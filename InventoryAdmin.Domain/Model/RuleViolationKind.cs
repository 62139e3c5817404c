namespace InventoryAdmin.Domain.Model;

/// <summary>How a refused request is reported: the API maps each kind to its HTTP status.</summary>
public enum RuleViolationKind
{
    /// <summary>A product rule is broken (HTTP 422).</summary>
    Invalid,
    /// <summary>The request conflicts with what exists, e.g. a duplicate name (HTTP 409).</summary>
    Conflict,
    /// <summary>A named thing does not exist (HTTP 404).</summary>
    NotFound,
    /// <summary>The request is not well formed, e.g. a page number below 1 (HTTP 400).</summary>
    Malformed,
    /// <summary>The request is larger than a configured limit, e.g. more lines than Api:MaxBatchLines (HTTP 413).</summary>
    TooLarge,
}
