namespace InventoryAdmin.Api;

/// <summary>PUT /api/v1/locations/{code}/storage-locations/{name}: the trait configuration (true, false or null = unset per trait).</summary>
public sealed record StorageLocationRequest(Dictionary<string, bool?>? Traits, string? Reason);

/// <summary>POST /api/v1/locations/{code}/lock and /unlock: a storage location (none = the whole location) and why.</summary>
public sealed record LocationLockRequest(string? StorageLocation, string? Reason);

/// <summary>POST /api/v1/inventory/lock and /unlock, PUT /api/v1/inventory/traits: one stock row, and for traits its new configuration.</summary>
public sealed record StockRowRequest(string? Sku, string? LocationCode, Dictionary<string, string>? Tags, string? StorageLocation, string? Reason,
    Dictionary<string, bool?>? Traits);

/// <summary>POST /api/v1/inventory/move: units of one segment from one storage location to another (null = none).</summary>
public sealed record StockMoveRequest(string? Sku, string? LocationCode, Dictionary<string, string>? Tags, string? FromStorageLocation,
    string? ToStorageLocation, int? Quantity, string? Reason);
