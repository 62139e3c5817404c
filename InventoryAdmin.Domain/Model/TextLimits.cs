namespace InventoryAdmin.Domain.Model;

/// <summary>
/// The one place that sets how long each text field may be (README "Limits"). Every service checks its input with
/// <see cref="TextRules"/> against these, so the UI and the API refuse the same text with the same message; the
/// store's column lengths are the same figures.
/// </summary>
public static class TextLimits
{
    /// <summary>Product SKU.</summary>
    public const int Sku = 64;

    /// <summary>Product UPC/EAN/GTIN.</summary>
    public const int Upc = 32;

    /// <summary>Location code.</summary>
    public const int LocationCode = 64;

    /// <summary>Product and location names.</summary>
    public const int Name = 200;

    /// <summary>Storage location names (bins, areas).</summary>
    public const int StorageLocationName = 64;

    /// <summary>Tag names and tag value names.</summary>
    public const int TagName = 50;

    /// <summary>An order's external id.</summary>
    public const int ExternalId = 64;

    /// <summary>The channel or system an order comes from.</summary>
    public const int Source = 64;

    /// <summary>An order line's id.</summary>
    public const int LineId = 64;

    /// <summary>Reasons written to the ledger and to locks (refresh, adjust, move, lock, traits).</summary>
    public const int Reason = 500;

    /// <summary>A stock line's reference (a count sheet, a transfer number).</summary>
    public const int Reference = 200;

    /// <summary>Search boxes and query filters.</summary>
    public const int Search = 200;
}
