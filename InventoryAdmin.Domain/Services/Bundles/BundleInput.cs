using InventoryAdmin.Domain.Model;
using InventoryAdmin.Domain.Model.Bundles;
using InventoryAdmin.Domain.Model.Stock;
using InventoryAdmin.Domain.Services.Contracts;
using InventoryAdmin.Domain.Store;
using Microsoft.EntityFrameworkCore;

namespace InventoryAdmin.Domain.Services.Bundles;

/// <summary>
/// Checks a product's components field by field (<c>components[1].sku</c>): a bundle's components are existing standard
/// products, each once, at least one unit per bundle; a product that is a component stays standard. Since components
/// are never bundles, no bundle can contain itself, directly or through another bundle.
/// </summary>
internal static class BundleInput
{
    public const int MaxComponents = 50;

    /// <returns>The components to store (empty for a standard product), or null to keep the bundle's current ones.</returns>
    public static async Task<IReadOnlyList<(int ComponentId, int QuantityPerBundle)>?> ComponentsAsync(InventoryDbContext db, string bundleSku,
        ProductKind kind, Product? existing, IReadOnlyList<ComponentRequest?>? lines, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var onlyNotFound = true;
        void Fail(string field, string message, bool notFound = false)
        {
            errors[field] = [message];
            onlyNotFound &= notFound;
        }

        if (kind == ProductKind.Standard)
        {
            if (lines is { Count: > 0 }) Fail("components", "Only a bundle has components; set kind to 'bundle'.");
            Throw(errors, onlyNotFound);
            return [];
        }

        if (existing is not null)
        {
            var usedIn = await db.Set<BundleComponent>().Where(c => c.ComponentId == existing.Id)
                .Join(db.Products, c => c.BundleId, p => p.Id, (c, p) => p.Sku).OrderBy(s => s).Take(5).ToListAsync(ct);
            if (usedIn.Count > 0)
                Fail("kind", $"{existing.Sku} is a component of {string.Join(", ", usedIn)}; a component must stay a standard product.");
        }

        if (lines is null)
        {
            Throw(errors, onlyNotFound);
            return null;
        }

        if (lines.Count > MaxComponents) Fail("components", $"A bundle has at most {MaxComponents} components.");
        var skus = lines.Where(l => !string.IsNullOrWhiteSpace(l?.Sku)).Select(l => l!.Sku!.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var products = (await db.Products.AsNoTracking().Where(p => skus.Contains(p.Sku)).Select(p => new { p.Id, p.Sku, p.Kind }).ToListAsync(ct))
            .ToDictionary(p => p.Sku, StringComparer.OrdinalIgnoreCase);
        var result = new List<(int, int)>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line is null) { Fail($"components[{i}]", "The component is empty."); continue; }
            var sku = line.Sku?.Trim() ?? "";
            if (line.Quantity is not { } quantity || quantity < 1) Fail($"components[{i}].quantity", "A bundle takes at least 1 unit of each component.");
            else if (quantity > BundleComponent.MaxQuantityPerBundle)
                Fail($"components[{i}].quantity", $"A bundle takes at most {BundleComponent.MaxQuantityPerBundle:N0} units of a component.");

            if (sku.Length == 0) { Fail($"components[{i}].sku", "Give the component's SKU."); continue; }
            if (string.Equals(sku, bundleSku, StringComparison.OrdinalIgnoreCase)) { Fail($"components[{i}].sku", "A bundle cannot contain itself."); continue; }
            if (!seen.Add(sku)) { Fail($"components[{i}].sku", $"{sku} is listed twice; give its quantity once."); continue; }
            if (!products.TryGetValue(sku, out var component)) { Fail($"components[{i}].sku", $"There is no product with SKU '{sku}'.", notFound: true); continue; }
            if (component.Kind != ProductKind.Standard)
            {
                Fail($"components[{i}].sku", $"{component.Sku} is a bundle; components must be standard products.");
                continue;
            }

            if (line.Quantity is { } q and >= 1 and <= BundleComponent.MaxQuantityPerBundle) result.Add((component.Id, q));
        }

        Throw(errors, onlyNotFound);
        return result;
    }

    private static void Throw(Dictionary<string, string[]> errors, bool onlyNotFound)
    {
        if (errors.Count == 0) return;
        throw new InventoryRuleException($"{errors.Count} problem(s) with the bundle; nothing was saved. First: {errors.First().Key}: {errors.First().Value[0]}",
            errors, onlyNotFound ? RuleViolationKind.NotFound : RuleViolationKind.Invalid);
    }
}
