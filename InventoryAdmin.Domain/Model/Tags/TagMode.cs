namespace InventoryAdmin.Domain.Model.Tags;

/// <summary>Percentage: some value has an allocation %; discrete: none has, units are placed per segment.</summary>
public enum TagMode
{
    Percentage,
    Discrete,
}
