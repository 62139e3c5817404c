namespace InventoryAdmin.Domain.Services.Redistribution;

/// <summary>The ledger's reason and reference for units a redistribution moved.</summary>
internal static class RedistributionReasons
{
    public const string Now = "Redistribution";

    public const string AtNextUpdate = "Redistribution (pending, applied with this update)";

    public static string Reference(long jobId) => $"redistribution:{jobId}";
}
