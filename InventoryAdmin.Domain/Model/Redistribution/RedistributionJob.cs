namespace InventoryAdmin.Domain.Model.Redistribution;

/// <summary>
/// One redistribution request and its progress. The state lives in the database so that a restarted app resumes
/// a job where its last committed record left it (<see cref="Cursor"/>), with counters that match the ledger.
/// </summary>
public sealed class RedistributionJob
{
    public const int MaxScopeLength = 200_000;

    private RedistributionJob()
    {
    }

    public RedistributionJob(RedistributionMode mode, RedistributionScope scope, string createdBy, DateTime atUtc)
    {
        Mode = mode;
        ScopeSkus = RedistributionScope.Join(scope.Skus);
        ScopeUpcs = RedistributionScope.Join(scope.Upcs);
        ScopeLocationCodes = RedistributionScope.Join(scope.LocationCodes);
        CreatedBy = createdBy;
        CreatedAtUtc = atUtc;
        Status = RedistributionStatus.Queued;
    }

    public long Id { get; private set; }

    public RedistributionMode Mode { get; private set; }

    public RedistributionStatus Status { get; private set; }

    /// <summary>The SKUs, UPCs and location codes asked for, one per line; all empty = everything.</summary>
    public string ScopeSkus { get; private set; } = "";

    public string ScopeUpcs { get; private set; } = "";

    public string ScopeLocationCodes { get; private set; } = "";

    public string CreatedBy { get; private set; } = "";

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime? StartedAtUtc { get; private set; }

    public DateTime? FinishedAtUtc { get; private set; }

    public int RecordsTotal { get; private set; }

    public int RecordsDone { get; private set; }

    /// <summary>Records whose segments changed.</summary>
    public int RecordsTouched { get; private set; }

    public long UnitsMoved { get; private set; }

    public int ResidualCount { get; private set; }

    /// <summary>The last record (Records.Id) whose redistribution is committed; the job goes on after it.</summary>
    public long Cursor { get; private set; }

    public bool CancelRequested { get; private set; }

    public string? Error { get; private set; }

    public string? CancelledBy { get; private set; }

    public RedistributionScope Scope => RedistributionScope.Parse(ScopeSkus, ScopeUpcs, ScopeLocationCodes);

    public bool IsFinished => Status is RedistributionStatus.Completed or RedistributionStatus.Cancelled or RedistributionStatus.Failed;

    public double Progress => IsFinished && Status == RedistributionStatus.Completed ? 1
        : RecordsTotal == 0 ? 0 : Math.Min(1, (double)RecordsDone / RecordsTotal);

    public void Start(int recordsTotal, DateTime atUtc)
    {
        if (Status == RedistributionStatus.Queued)
        {
            RecordsTotal = recordsTotal;
            StartedAtUtc = atUtc;
        }

        Status = RedistributionStatus.Running;
    }

    /// <summary>Marked pending for the next update: done as soon as the records are marked.</summary>
    public void MarkedPending(int records, DateTime atUtc)
    {
        RecordsTotal = records;
        RecordsDone = records;
        StartedAtUtc = atUtc;
        Finish(RedistributionStatus.Completed, atUtc);
    }

    public void Advance(long cursor, int records, int touched, long units, int residuals)
    {
        Cursor = cursor;
        RecordsDone += records;
        RecordsTouched += touched;
        UnitsMoved += units;
        ResidualCount += residuals;
    }

    /// <summary>A queued job is cancelled at once; a running one stops after the record it is on.</summary>
    public void RequestCancel(string by, DateTime atUtc)
    {
        if (IsFinished)
            throw new InventoryRuleException("status", $"The job is already {Status.ToString().ToLowerInvariant()}; there is nothing to cancel.", RuleViolationKind.Conflict);
        CancelRequested = true;
        CancelledBy = by;
        if (Status == RedistributionStatus.Queued) Finish(RedistributionStatus.Cancelled, atUtc);
    }

    public void Finish(RedistributionStatus status, DateTime atUtc, string? error = null)
    {
        Status = status;
        FinishedAtUtc = atUtc;
        Error = error;
    }
}
