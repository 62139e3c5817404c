using InventoryAdmin.Domain.Model.Traits;

namespace InventoryAdmin.Domain.Model.Stock;

/// <summary>
/// Units of one product at one location in one segment (stored as <see cref="StoredSegment"/>), optionally in one
/// storage location, with its own trait configuration. <see cref="Locked"/> keeps whether its units are unsellable
/// (SPEC §4), recomputed whenever a configuration or lock it depends on changes, so figures can be summed in SQL.
/// </summary>
public sealed class StockRow
{
    private StockRow()
    {
    }

    public StockRow(int productId, int locationId, string segmentKey, int quantity, int storageLocationId = NoStorageLocation)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(quantity);
        ProductId = productId;
        LocationId = locationId;
        SegmentKey = segmentKey;
        Quantity = quantity;
        StorageLocationId = storageLocationId;
    }

    /// <summary>The <see cref="StorageLocationId"/> of stock kept at the location without a storage location.</summary>
    public const int NoStorageLocation = 0;

    public long Id { get; private set; }

    public int ProductId { get; private set; }

    public int LocationId { get; private set; }

    /// <summary>The segment's tag value ids, see <see cref="StoredSegment"/>.</summary>
    public string SegmentKey { get; private set; } = "";

    public int Quantity { get; private set; }

    /// <summary>The storage location's id, or <see cref="NoStorageLocation"/>.</summary>
    public int StorageLocationId { get; private set; }

    public Trait TraitsEnabled { get; private set; }

    public Trait TraitsDisabled { get; private set; }

    public TraitConfig Traits
    {
        get => new(TraitsEnabled, TraitsDisabled);
        set => (TraitsEnabled, TraitsDisabled) = (value.Enabled, value.Disabled);
    }

    /// <summary>Its units count as Locked: the effective traits are not sellable, or the location is locked.</summary>
    public bool Locked { get; private set; }
}
