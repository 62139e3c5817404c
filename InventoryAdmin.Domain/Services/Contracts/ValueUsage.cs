namespace InventoryAdmin.Domain.Services.Contracts;

/// <summary>Units of stock held by one tag value at one location.</summary>
public sealed record ValueUsage(string Value, string LocationCode, int Units);
