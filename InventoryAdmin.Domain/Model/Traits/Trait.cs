namespace InventoryAdmin.Domain.Model.Traits;

/// <summary>The inventory traits of the fulfillmenttools seed (SPEC §4), as bits so a configuration is two masks.</summary>
[Flags]
public enum Trait
{
    None = 0,

    /// <summary>Stock here can be picked for orders. On by default.</summary>
    Pickable = 1,

    /// <summary>Stock can be taken from and put here; removing it locks the stock. On by default.</summary>
    Accessible = 2,

    /// <summary>A stock row that reaches 0 is kept instead of deleted.</summary>
    KeepOnZero = 4,

    /// <summary>Picked, waiting for the carrier: no longer sellable.</summary>
    Outbound = 8,

    /// <summary>Being moved (a stow job): not sellable, and left out of counts.</summary>
    InMotion = 16,
}
