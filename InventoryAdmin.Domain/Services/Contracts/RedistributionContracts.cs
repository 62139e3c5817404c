namespace InventoryAdmin.Domain.Services.Contracts;

/// <summary>POST /api/v1/redistributions (API.md): the scope (all empty = everything), "now" or "nextUpdate", and whether to only plan.</summary>
public sealed record RedistributionRequest(IReadOnlyList<string?>? Skus, IReadOnlyList<string?>? Upcs, IReadOnlyList<string?>? LocationCodes,
    string? Mode, bool? DryRun);

/// <summary>
/// A redistribution job (API.md `Job`). Residuals and moves list at most <see cref="RedistributionJobDto.MaxListed"/>
/// entries; <see cref="ResidualCount"/> and <see cref="MoveCount"/> say how many there are.
/// </summary>
public sealed record RedistributionJobDto(long Id, string Mode, string Status, double Progress, int RecordsTotal, int RecordsDone, long UnitsMoved,
    IReadOnlyList<RedistributionResidualDto> Residuals, IReadOnlyList<RedistributionMoveDto>? Moves)
{
    public const int MaxListed = 1000;

    public bool DryRun { get; init; }

    public int RecordsTouched { get; init; }

    public int ResidualCount { get; init; }

    public int? MoveCount { get; init; }

    public string Scope { get; init; } = "";

    public IReadOnlyList<string> Skus { get; init; } = [];

    public IReadOnlyList<string> Upcs { get; init; } = [];

    public IReadOnlyList<string> LocationCodes { get; init; } = [];

    public string CreatedBy { get; init; } = "";

    public DateTime CreatedAt { get; init; }

    public DateTime? StartedAt { get; init; }

    public DateTime? FinishedAt { get; init; }

    public bool CancelRequested { get; init; }

    public string? CancelledBy { get; init; }

    public string? Error { get; init; }
}

public sealed record RedistributionResidualDto(string Sku, string LocationCode, IReadOnlyDictionary<string, string> Tags, int Target, int Actual);

public sealed record RedistributionMoveDto(string Sku, string LocationCode, IReadOnlyDictionary<string, string> FromTags,
    IReadOnlyDictionary<string, string> ToTags, int Quantity);
