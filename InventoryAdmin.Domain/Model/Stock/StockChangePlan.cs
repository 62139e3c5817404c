namespace InventoryAdmin.Domain.Model.Stock;

/// <summary>New On Hand per changed segment key, or why the change is refused.</summary>
public sealed record StockChangePlan(IReadOnlyDictionary<string, int> NewOnHand, string? Error)
{
    public static readonly StockChangePlan None = new(new Dictionary<string, int>(), null);

    public bool IsRefused => Error is not null;

    public static StockChangePlan Refused(string error) => new(new Dictionary<string, int>(), error);
}
