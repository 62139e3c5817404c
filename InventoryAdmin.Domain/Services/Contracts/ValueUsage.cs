namespace InventoryAdmin.Domain.Services.Contracts;

/// <summary>Units of stock held by one tag value at one location, and units of it allocated to open orders.</summary>
public sealed record ValueUsage(string Value, string LocationCode, int Units, int Allocated = 0);
