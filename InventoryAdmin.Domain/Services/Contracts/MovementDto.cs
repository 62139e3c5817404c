namespace InventoryAdmin.Domain.Services.Contracts;

public sealed record MovementDto(DateTime At, string LocationCode, IReadOnlyDictionary<string, string> Tags, string? StorageLocation,
    int Delta, int Before, int After, string Reason, string Actor, string Source, string? Reference, int LockedDelta = 0);
