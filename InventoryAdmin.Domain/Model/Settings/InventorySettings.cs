namespace InventoryAdmin.Domain.Model.Settings;

/// <summary>The single row of inventory-wide settings.</summary>
public sealed class InventorySettings
{
    public const int SingletonId = 1;

    public int Id { get; private set; } = SingletonId;

    public bool TagsEnabled { get; private set; }

    public void SetTagsEnabled(bool enabled) => TagsEnabled = enabled;
}
