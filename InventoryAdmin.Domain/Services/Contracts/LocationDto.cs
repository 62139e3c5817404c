namespace InventoryAdmin.Domain.Services.Contracts;

public sealed record LocationDto(string Code, string Name, int Priority, bool UseComponentInventory);
