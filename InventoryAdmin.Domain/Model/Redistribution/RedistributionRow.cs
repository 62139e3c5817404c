namespace InventoryAdmin.Domain.Model.Redistribution;

/// <summary>A stock row as redistribution sees it: its segment, storage location (0 = none), units, and whether they are sellable.</summary>
public sealed record RedistributionRow(string Segment, int Storage, int Quantity, bool Sellable);
