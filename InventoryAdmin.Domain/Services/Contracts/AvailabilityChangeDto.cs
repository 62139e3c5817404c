namespace InventoryAdmin.Domain.Services.Contracts;

/// <summary>A segment whose available, safety stock or promisable changed, with its figures when read (GET /api/v1/availability/changes).</summary>
public sealed record AvailabilityChangeDto(string Sku, string LocationCode, IReadOnlyDictionary<string, string> Tags, int Available, int SafetyStock,
    int Promisable, DateTime ChangedAt);

/// <summary>A page of the delta feed; pass <see cref="Next"/> back as <c>after</c> until <see cref="Items"/> is empty.</summary>
public sealed record AvailabilityChangesDto(IReadOnlyList<AvailabilityChangeDto> Items, string Next);
