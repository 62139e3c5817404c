namespace InventoryAdmin.Domain.Model.Redistribution;

public enum RedistributionStatus
{
    Queued,
    Running,
    Completed,
    Cancelled,
    Failed,
}
