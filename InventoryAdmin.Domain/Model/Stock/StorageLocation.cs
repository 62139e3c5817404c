using InventoryAdmin.Domain.Model.Traits;

namespace InventoryAdmin.Domain.Model.Stock;

/// <summary>A bin or area inside a location, with its own trait configuration (SPEC §4). Names are unique per location.</summary>
public sealed class StorageLocation
{
    public const int MaxNameLength = TextLimits.StorageLocationName;

    private StorageLocation()
    {
    }

    public StorageLocation(int locationId, string name, TraitConfig traits)
    {
        LocationId = locationId;
        Name = name.Trim();
        Traits = traits;
    }

    public int Id { get; private set; }

    public int LocationId { get; private set; }

    public string Name { get; private set; } = "";

    public Trait TraitsEnabled { get; private set; }

    public Trait TraitsDisabled { get; private set; }

    /// <summary>Why its traits were last changed (a lock's reason), by whom and when.</summary>
    public string? Reason { get; private set; }

    public string? ChangedBy { get; private set; }

    public DateTime? ChangedAtUtc { get; private set; }

    public void Change(TraitConfig traits, string reason, string by, DateTime atUtc) =>
        (Traits, Reason, ChangedBy, ChangedAtUtc) = (traits, reason, by, atUtc);

    public TraitConfig Traits
    {
        get => new(TraitsEnabled, TraitsDisabled);
        private set => (TraitsEnabled, TraitsDisabled) = (value.Enabled, value.Disabled);
    }
}
