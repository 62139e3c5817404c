using InventoryAdmin.Domain.Model.Stock;
using InventoryAdmin.Domain.Model.Traits;

namespace InventoryAdmin.Domain.Services.Stock;

/// <summary>
/// One record inside a write transaction: its stock rows by (segment key, storage location), with whether each is
/// locked and its effective traits, and what a row that does not exist yet would be.
/// </summary>
internal sealed class RecordState(int productId, int locationId, StorageTraits storage)
{
    public int ProductId { get; } = productId;

    public int LocationId { get; } = locationId;

    /// <summary>The storage locations' traits and the locations' locks it was read with.</summary>
    public StorageTraits Storage => storage;

    public Dictionary<(string Segment, int Storage), RowState> Rows { get; } = new();

    /// <summary>Open allocations per segment key (from the Segments table; changed only by the allocator).</summary>
    public Dictionary<string, int> Allocated { get; } = new(StringComparer.Ordinal);

    /// <summary>Marked for redistribution at its next refresh or adjust (SPEC §5); written back with the record.</summary>
    public bool Pending { get; set; }

    /// <summary>Segment keys whose On Hand or Locked this batch changed: their Segments rows are written.</summary>
    public HashSet<string> Touched { get; } = new(StringComparer.Ordinal);

    /// <summary>The row at a segment and storage location, or what it would be if it were created now.</summary>
    public RowState Row(string segment, int storageId) =>
        Rows.TryGetValue((segment, storageId), out var row) ? row : storage.NewRow(LocationId, storageId);

    public int OnHand(string segment, int storageId) => Rows.TryGetValue((segment, storageId), out var row) ? row.Quantity : 0;

    public void Set(string segment, int storageId, int quantity, RowState state)
    {
        Touched.Add(segment);
        if (quantity == 0 && !state.KeepOnZero) Rows.Remove((segment, storageId));
        else Rows[(segment, storageId)] = state with { Quantity = quantity };
    }

    /// <summary>
    /// The segments a line works on: the rows of one storage location (each segment has one row there). A count
    /// leaves rows in motion out (fulfillmenttools: IN_MOTION stock is filtered out of stock updates).
    /// </summary>
    /// <remarks>
    /// A row's free units are its sellable units up to what its segment has free after allocations; the rest of a
    /// sellable row counts as allocated, so a change takes free units first.
    /// </remarks>
    public IReadOnlyList<SegmentState> Scope(int storageId, bool leaveOutInMotion) =>
        Rows.Where(r => r.Key.Storage == storageId && !(leaveOutInMotion && r.Value.InMotion))
            .Select(r =>
            {
                var free = r.Value.Locked ? 0 : Math.Min(r.Value.Quantity, Segment(r.Key.Segment).Available);
                return new SegmentState(r.Key.Segment, new Figures(r.Value.Quantity, r.Value.Locked ? r.Value.Quantity : 0, r.Value.Locked ? 0 : r.Value.Quantity - free));
            }).ToList();

    /// <summary>A segment's figures: On Hand and Locked summed over its rows (every storage location), Allocated as stored.</summary>
    public Figures Segment(string key)
    {
        int onHand = 0, locked = 0;
        foreach (var (k, row) in Rows)
        {
            if (!string.Equals(k.Segment, key, StringComparison.Ordinal)) continue;
            onHand += row.Quantity;
            if (row.Locked) locked += row.Quantity;
        }

        return new Figures(onHand, locked, Allocated.GetValueOrDefault(key));
    }

    /// <summary>Every segment key with stock rows or allocations.</summary>
    public IEnumerable<string> SegmentKeys => Rows.Keys.Select(k => k.Segment).Concat(Allocated.Keys).Distinct(StringComparer.Ordinal);

    /// <summary>The record's figures: the sums of its segments'.</summary>
    public Figures Totals => Figures.Sum(SegmentKeys.Select(Segment));
}

/// <summary>A stock row's quantity, whether its units are locked and its effective traits.</summary>
internal sealed record RowState(int Quantity, bool Locked, Trait Effective)
{
    public bool KeepOnZero => (Effective & Trait.KeepOnZero) != 0;

    public bool InMotion => (Effective & Trait.InMotion) != 0;

    public static RowState From(int quantity, TraitConfig stock, TraitConfig storage, bool locationLocked)
    {
        var effective = Traits.Effective(stock, storage);
        return new RowState(quantity, !Traits.IsSellable(effective, locationLocked), effective);
    }
}

/// <summary>The storage locations' trait configurations and the locations' locks, for rows a batch touches.</summary>
internal sealed class StorageTraits(IReadOnlyDictionary<int, TraitConfig> storage, IReadOnlySet<int> lockedLocations)
{
    public TraitConfig Of(int storageId) => storage.GetValueOrDefault(storageId);

    public bool IsLocked(int locationId) => lockedLocations.Contains(locationId);

    public RowState NewRow(int locationId, int storageId) => RowState.From(0, TraitConfig.Unset, Of(storageId), IsLocked(locationId));

    /// <summary>Whether both hold the same traits and locks (a batch planned on one needs no new plan on the other).</summary>
    public bool SameAs(StorageTraits other) =>
        lockedLocations.SetEquals(other.LockedLocations) && storage.Count == other.Configs.Count
        && storage.All(s => other.Configs.TryGetValue(s.Key, out var config) && config == s.Value);

    private IReadOnlySet<int> LockedLocations => lockedLocations;

    private IReadOnlyDictionary<int, TraitConfig> Configs => storage;
}
