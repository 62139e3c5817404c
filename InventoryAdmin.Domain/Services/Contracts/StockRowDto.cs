using System.Text.Json.Serialization;

namespace InventoryAdmin.Domain.Services.Contracts;

/// <summary>
/// A stock row of a record: segment, storage location (null = none), quantity, whether its units are locked and
/// why (the trait cascade; LocationLocked when the whole location is locked).
/// </summary>
public sealed record StockRowDto(IReadOnlyDictionary<string, string> Tags, string? StorageLocation, int Quantity, bool Locked,
    bool LocationLocked, IReadOnlyList<TraitCascadeDto> Cascade, [property: JsonIgnore] string SegmentKey = "");
