namespace InventoryAdmin.Domain.Model.Redistribution;

public enum RedistributionMode
{
    /// <summary>A background job moves the units now.</summary>
    Now,

    /// <summary>Records are marked pending; their next refresh or adjust applies it (Kibo's behaviour).</summary>
    NextUpdate,
}
