namespace InventoryAdmin.Domain.Model.Ledger;

public enum MovementSource
{
    Ui,
    Api,
    Import,
    Job,
    Seed,
}
