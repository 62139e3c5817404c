namespace InventoryAdmin.Domain.Services.Contracts;

/// <summary>One product at one location in the segmented grid.</summary>
public sealed record GridRowDto(int ProductId, int LocationId, string Sku, string? Upc, string Name, string LocationCode,
    int OnHand, int Locked, int Allocated, int Available, bool PendingRedistribution);
