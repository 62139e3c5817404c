namespace InventoryAdmin.Domain.Services.Contracts;

/// <summary>POST /api/v1/orders: an order from a channel or store (API.md).</summary>
public sealed record OrderRequest(string? ExternalId, string? Source, bool? AllowSplit, IReadOnlyList<OrderItemRequest?>? Items);

/// <summary>A line of an order: the segment is the tags plus defaults; a location pins where it is allocated.</summary>
public sealed record OrderItemRequest(string? LineId, string? Sku, int? Quantity, Dictionary<string, string>? Tags, string? LocationCode);

public sealed record OrderDto(string ExternalId, string Source, string Status, DateTime CreatedAt, string CreatedBy, IReadOnlyList<OrderItemDto> Items);

public sealed record OrderItemDto(string LineId, string Sku, int Quantity, IReadOnlyDictionary<string, string> Tags, IReadOnlyList<AllocationDto> Allocations,
    UnallocatedDto? Unallocated);

public sealed record AllocationDto(long Id, string LocationCode, IReadOnlyDictionary<string, string> Tags, int Quantity, int Fulfilled, int Cancelled,
    int Returned, DateTime CreatedAt, DateTime? SentAt, DateTime? AcknowledgedAt, bool FromComponents = false,
    IReadOnlyList<ComponentReservationDto>? Components = null)
{
    public int Open => Quantity - Fulfilled - Cancelled;
}

/// <summary>What a bundle allocation built from components holds of one component, per bundle unit, and from which segment.</summary>
public sealed record ComponentReservationDto(string Sku, int QuantityPerBundle, IReadOnlyDictionary<string, string> Tags);

public sealed record UnallocatedDto(int Quantity, string Reason);

/// <summary>Part of an allocation to fulfil or cancel.</summary>
public sealed record SettleLine(long? AllocationId, int? Quantity);

/// <summary>A returned quantity of a SKU of the order; restock puts it back where it was sold from.</summary>
public sealed record ReturnLine(string? Sku, int? Quantity, bool? Restock, string? LocationCode);

public sealed record ReturnResultDto(IReadOnlyList<ReturnedItemDto> Items);

public sealed record ReturnedItemDto(string Sku, int Quantity, string LocationCode, IReadOnlyDictionary<string, string> Tags, bool Restocked);

/// <summary>One row of a POS pull: an allocation for the store to pick, now marked sent.</summary>
public sealed record PosAllocationDto(long AllocationId, string OrderExternalId, string Sku, int Quantity, IReadOnlyDictionary<string, string> Tags,
    DateTime CreatedAt, DateTime SentAt);

public sealed record PosAckResultDto(int Acknowledged);

public sealed record MonitorDto(IReadOnlyList<MonitorLocationDto> Locations, MonitorTotalsDto Aggregate, IReadOnlyList<UnallocatedItemDto> Unallocated);

public sealed record MonitorLocationDto(string LocationCode, int OpenAllocations, int Units, int Unsent, int Unacknowledged, DateTime? OldestOpenAt,
    DateTime? OldestUnsentAt, DateTime? OldestUnacknowledgedAt);

public sealed record MonitorTotalsDto(int OpenAllocations, int Units, int Unsent, int Unacknowledged);

/// <summary>Units of an order item never allocated; OrderStatus says whether the rest was shipped (partiallyFulfilled) or is still open.</summary>
public sealed record UnallocatedItemDto(string OrderExternalId, string Sku, int Quantity, IReadOnlyDictionary<string, string> Tags, string Reason,
    DateTime CreatedAt, string OrderStatus = "");

/// <summary>
/// A SKU's availability (at a location, or summed over them): Promisable is what channels should publish, the sum of each
/// segment's max(0, available − safety stock); SafetyStock the sum of the segments' safety stock (SPEC §10).
/// </summary>
public sealed record AvailabilityDto(string Sku, string? LocationCode, int Available, int SafetyStock, int Promisable);

/// <summary>A row of the orders list.</summary>
public sealed record OrderSummaryDto(string ExternalId, string Source, string Status, DateTime CreatedAt, int Items, int Units, int Allocated, int Unallocated);

/// <summary>A ledger movement of an order: reservations (Allocated ±), shipments and returns (On Hand ±).</summary>
public sealed record OrderEventDto(DateTime At, string Sku, string LocationCode, IReadOnlyDictionary<string, string> Tags, int Delta, int AllocatedDelta,
    string Reason, string Actor);
