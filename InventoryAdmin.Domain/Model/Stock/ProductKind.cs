namespace InventoryAdmin.Domain.Model.Stock;

public enum ProductKind
{
    Standard,
    Bundle,
}
