namespace InventoryAdmin.Domain.Services.Contracts;

/// <summary>One line of the seed's cascade table: a trait's default, the storage location's and the stock's setting (null = unset), the result.</summary>
public sealed record TraitCascadeDto(string Trait, bool Default, bool? StorageLocation, bool? Stock, bool Final);
