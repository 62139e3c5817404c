namespace InventoryAdmin.Domain.Model.Orders;

/// <summary>
/// An order from a channel or store: unique per (Source, ExternalId), so resubmitting it never allocates twice.
/// Its items reserve stock through <see cref="Allocation"/>s; what could not be reserved stays unallocated on the item.
/// The aggregate (as eShop's Ordering.Domain Order): it is placed, allocated, fulfilled, cancelled and returned only
/// through its methods, keeps its status itself, and refuses a broken rule with an <see cref="InventoryRuleException"/>
/// (nothing changed). The stock behind it is the services' (they reserve, release and ship through the store's writer).
/// </summary>
public sealed class Order
{
    public const int MaxExternalIdLength = TextLimits.ExternalId;
    public const int MaxSourceLength = TextLimits.Source;

    private readonly List<OrderItem> items = [];

    private Order()
    {
    }

    private Order(string externalId, string source, bool allowSplit, DateTime createdAtUtc, string createdBy)
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

    public OrderStatus Status { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public string CreatedBy { get; private set; } = "";

    public IReadOnlyList<OrderItem> Items => items;

    /// <summary>A new order, every unit of its items still unallocated.</summary>
    public static Order Place(string externalId, string source, bool allowSplit, DateTime createdAtUtc, string createdBy,
        IEnumerable<(string LineId, int ProductId, int Quantity, string? SegmentKey, int? LocationId)> lines)
    {
        var order = new Order(externalId, source, allowSplit, createdAtUtc, createdBy);
        foreach (var line in lines)
        {
            if (line.Quantity < 1) throw new InventoryRuleException("items", $"Line {line.LineId} orders {line.Quantity}; order at least one unit.");
            order.items.Add(new OrderItem(line.LineId, line.ProductId, line.Quantity, line.SegmentKey, line.LocationId));
        }

        if (order.items.Count == 0) throw new InventoryRuleException("items", "Order at least one item.");
        order.Refresh();
        return order;
    }

    /// <summary>Units reserved for one of its items: never more than the item still has unallocated.</summary>
    public void Allocate(OrderItem item, Allocation allocation)
    {
        Own(item);
        if (allocation.Quantity < 1 || allocation.Quantity > item.UnallocatedQuantity)
            throw new InventoryRuleException("items", $"Line {item.LineId} has {item.UnallocatedQuantity} unit(s) unallocated; cannot allocate {allocation.Quantity}.");
        item.Add(allocation);
        Refresh();
    }

    /// <summary>Why what is left of the item could not be allocated (none when nothing is left).</summary>
    public void LeaveUnallocated(OrderItem item, string reason)
    {
        Own(item);
        item.Explain(item.UnallocatedQuantity == 0 ? null : reason);
    }

    /// <summary>Ships units of an allocation: 1 up to what it has open.</summary>
    public void Fulfil(Allocation allocation, int units)
    {
        Open(allocation, units, "fulfil");
        allocation.Settle(fulfilled: units, cancelled: 0);
        Refresh();
    }

    /// <summary>Releases units of an allocation: 1 up to what it has open.</summary>
    public void Cancel(Allocation allocation, int units)
    {
        Open(allocation, units, "cancel");
        allocation.Settle(fulfilled: 0, cancelled: units);
        Refresh();
    }

    /// <summary>Drops what was never allocated (cancelling the whole order).</summary>
    public void CancelUnallocated(string by)
    {
        foreach (var item in items.Where(i => i.UnallocatedQuantity > 0)) item.DropUnallocated($"Cancelled by {by}");
        Refresh();
    }

    /// <summary>Takes back shipped units: never more than were fulfilled and not yet returned.</summary>
    public void Return(Allocation allocation, int units)
    {
        Own(allocation);
        var returnable = allocation.Fulfilled - allocation.Returned;
        if (units < 1 || units > returnable)
            throw new InventoryRuleException("items", $"Allocation {allocation.Id} has {returnable} unit(s) shipped and not returned; cannot return {units}.");
        allocation.TakeBack(units);
    }

    private void Open(Allocation allocation, int units, string verb)
    {
        Own(allocation);
        if (units < 1 || units > allocation.Open)
            throw new InventoryRuleException("items", allocation.Open == 0 ? $"Allocation {allocation.Id} has nothing open to {verb}."
                : $"Allocation {allocation.Id} has {allocation.Open} open; {verb} 1 to {allocation.Open}.");
    }

    private void Own(OrderItem item)
    {
        if (!items.Contains(item)) throw new InvalidOperationException($"Line {item.LineId} is not an item of order {ExternalId}.");
    }

    private void Own(Allocation allocation)
    {
        if (!items.Any(i => i.Allocations.Contains(allocation))) throw new InvalidOperationException($"Allocation {allocation.Id} is not order {ExternalId}'s.");
    }

    /// <summary>The status from the items and allocations (kept here, never set from outside).</summary>
    private void Refresh()
    {
        var allocations = items.SelectMany(i => i.Allocations).ToList();
        var unallocated = items.Sum(i => i.UnallocatedQuantity);
        var open = allocations.Sum(a => a.Open);
        var settled = allocations.Sum(a => a.Fulfilled + a.Cancelled);
        Status = allocations.Count == 0 ? (unallocated > 0 ? OrderStatus.Unallocated : OrderStatus.Cancelled)
            // Shipped what was allocated while other units were never allocated: not complete, the rest is still owed.
            : open == 0 && allocations.Any(a => a.Fulfilled > 0) ? (unallocated > 0 ? OrderStatus.PartiallyFulfilled : OrderStatus.Completed)
            : open == 0 ? (unallocated > 0 ? OrderStatus.Unallocated : OrderStatus.Cancelled)
            : settled > 0 ? OrderStatus.InProgress
            : unallocated > 0 ? OrderStatus.PartiallyAllocated : OrderStatus.Allocated;
    }
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
