namespace InventoryAdmin.Domain.Services.Contracts;

public sealed record InventorySettingsDto(bool TagsEnabled);
