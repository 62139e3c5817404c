namespace InventoryAdmin.Domain.Services.Contracts;

public sealed record OverviewDto(int Products, int Locations, long UnitsOnHand, int Tags, bool TagsEnabled);
