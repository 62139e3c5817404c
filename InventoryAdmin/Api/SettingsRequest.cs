namespace InventoryAdmin.Api;

public sealed record SettingsRequest(bool? TagsEnabled);
