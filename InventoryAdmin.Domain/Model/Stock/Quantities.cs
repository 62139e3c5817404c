namespace InventoryAdmin.Domain.Model.Stock;

/// <summary>
/// How many units the figures may hold. A product's On Hand summed over all its locations stays at or below
/// <see cref="MaxUnitsPerProduct"/>, and so does any one line (a count, a delta, an ordered quantity) and an order's
/// units: then every sum the app shows (a record's totals over locations, a bundle's prepackaged plus component part)
/// stays within a 32-bit figure, and a request that would pass it is refused instead of overflowing.
/// </summary>
public static class Quantities
{
    public const int MaxUnitsPerProduct = 1_000_000_000;
}
