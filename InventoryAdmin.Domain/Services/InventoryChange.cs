namespace InventoryAdmin.Domain.Services;

/// <summary>What changed, so an open page can decide whether to reload.</summary>
public sealed record InventoryChange(InventoryChangeArea Area, string? Subject = null);

public enum InventoryChangeArea
{
    Settings,
    Tags,
    Stock,
    Redistribution,

    /// <summary>Users, their roles and lockout (sign-in sessions are checked against them).</summary>
    Users,

    ApiKeys,
}
