namespace InventoryAdmin.Domain.Model.Orders;

/// <summary>
/// An order from a channel or store: unique per (Source, ExternalId), so resubmitting it never allocates twice.
/// Its items reserve stock through <see cref="Allocation"/>s; what could not be reserved stays unallocated on the item.
/// </summary>
public sealed class Order
{
    public const int MaxExternalIdLength = TextLimits.ExternalId;
    public const int MaxSourceLength = TextLimits.Source;

    private Order()
    {
    }

    public Order(string externalId, string source, bool allowSplit, DateTime createdAtUtc, string createdBy)
    {
        ExternalId = externalId;
        Source = source;
        AllowSplit = allowSplit;
        CreatedAtUtc = createdAtUtc;
        CreatedBy = createdBy;
    }

    public long Id { get; private set; }

    public string ExternalId { get; private set; } = "";

    /// <summary>The channel or system that sent it ("" when none was given).</summary>
    public string Source { get; private set; } = "";

    public bool AllowSplit { get; private set; }

    public OrderStatus Status { get; set; }

    public DateTime CreatedAtUtc { get; private set; }

    public string CreatedBy { get; private set; } = "";

    public List<OrderItem> Items { get; private set; } = [];
}

public enum OrderStatus
{
    /// <summary>Every unit is reserved and none is settled yet.</summary>
    Allocated,

    /// <summary>Some units could not be reserved.</summary>
    PartiallyAllocated,

    /// <summary>No unit could be reserved.</summary>
    Unallocated,

    /// <summary>Some reserved units are fulfilled or cancelled, others are still open.</summary>
    InProgress,

    /// <summary>Nothing is open any more and something was shipped, but units never allocated are still owed (on the monitor until cancelled).</summary>
    PartiallyFulfilled,

    /// <summary>Nothing is open or owed any more and something was shipped.</summary>
    Completed,

    /// <summary>Nothing is open any more and nothing was shipped.</summary>
    Cancelled,
}
