namespace InventoryAdmin.Domain.Services.Contracts;

/// <summary>One product at one location in the segmented grid; a bundle's row has its parts in Bundle (its figures include them).</summary>
public sealed record GridRowDto(int ProductId, int LocationId, string Sku, string? Upc, string Name, string LocationCode,
    int OnHand, int Locked, int Allocated, int Available, bool PendingRedistribution, BundlePartsDto? Bundle = null);
