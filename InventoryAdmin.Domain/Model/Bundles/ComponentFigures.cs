using InventoryAdmin.Domain.Model.Stock;

namespace InventoryAdmin.Domain.Model.Bundles;

/// <summary>A component's figures in one segment at one location, with how many of its units one bundle takes.</summary>
public readonly record struct ComponentFigures(int ComponentId, string Sku, int QuantityPerBundle, Figures Figures);
