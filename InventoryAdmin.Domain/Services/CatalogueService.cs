using InventoryAdmin.Domain.Model;
using InventoryAdmin.Domain.Model.Stock;
using InventoryAdmin.Domain.Services.Bundles;
using InventoryAdmin.Domain.Services.Contracts;
using InventoryAdmin.Domain.Store;
using Microsoft.EntityFrameworkCore;

namespace InventoryAdmin.Domain.Services;

/// <summary>Products and locations: create or update by their code, list and search.</summary>
public sealed class CatalogueService(IDbContextFactory<InventoryDbContext> dbFactory, InventoryChanges changes, TimeProvider clock)
{
    /// <returns>The product and whether it was created.</returns>
    /// <param name="components">A bundle's components; null keeps a bundle's current ones (SPEC §7, <see cref="BundleInput"/>).</param>
    public async Task<(ProductDto Product, bool Created)> PutProductAsync(string sku, string? name, string? upc, string? kind,
        IReadOnlyList<ComponentRequest?>? components = null, CancellationToken ct = default)
    {
        var errors = new Dictionary<string, string[]>();
        var trimmedSku = sku?.Trim() ?? "";
        if (trimmedSku.Length == 0) errors["sku"] = [$"SKU is required, at most {TextLimits.Sku} characters."];
        else TextRules.Check(errors, "sku", trimmedSku, TextLimits.Sku, "SKU");
        if (string.IsNullOrWhiteSpace(name)) errors["name"] = ["Name is required."];
        else TextRules.Check(errors, "name", name.Trim(), TextLimits.Name, "Name");
        TextRules.Check(errors, "upc", upc?.Trim(), TextLimits.Upc, "UPC");
        ProductKind? parsedKind = null;
        if (kind is not null)
        {
            if (Enum.TryParse(kind, ignoreCase: true, out ProductKind k) && Enum.IsDefined(k) && !char.IsDigit(kind.Trim().FirstOrDefault())) parsedKind = k;
            else errors["kind"] = ["Kind is 'standard' or 'bundle'."];
        }

        if (errors.Count > 0) throw new InventoryRuleException(string.Join(" ", errors.Values.SelectMany(e => e)), errors);

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        // One write transaction: two products turned into bundles of each other at once cannot both pass the checks.
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var normalizedUpc = string.IsNullOrWhiteSpace(upc) ? null : upc.Trim();
        var product = await db.Products.Include(p => p.Components).FirstOrDefaultAsync(p => p.Sku == trimmedSku, ct);
        if (normalizedUpc is not null && await db.Products.AnyAsync(p => p.Upc == normalizedUpc && p.Sku != trimmedSku, ct))
            throw new InventoryRuleException("upc", $"UPC {normalizedUpc} already belongs to another product.", RuleViolationKind.Conflict);
        var finalKind = parsedKind ?? (components is { Count: > 0 } ? ProductKind.Bundle : product?.Kind ?? ProductKind.Standard);
        var parts = await BundleInput.ComponentsAsync(db, trimmedSku, finalKind, product, components, ct);

        var created = product is null;
        if (product is null) db.Products.Add(product = new Product(trimmedSku, name!, normalizedUpc, finalKind));
        else product.Update(name!, normalizedUpc, finalKind);
        if (parts is not null) product.SetComponents(parts);
        await db.SaveChangesAsync(ct);
        if (finalKind == ProductKind.Bundle) await BundleRecords.EnsureForBundleAsync(db, product.Id, clock.GetUtcNow().UtcDateTime, ct);
        await tx.CommitAsync(ct);
        changes.Publish(new InventoryChange(InventoryChangeArea.Stock, product.Sku));
        return (await ProductAsync(product.Sku, ct), created);
    }

    public async Task<PagedResult<ProductDto>> ProductsAsync(string? search, int page, int pageSize, CancellationToken ct = default)
    {
        var paging = Paging.Of(page, pageSize);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var query = db.Products.AsNoTracking().Search(db, search);

        var total = await query.CountAsync(ct);
        var items = await query.OrderBy(p => p.Sku).Page(paging).Include(p => p.Components).ToListAsync(ct);
        var names = await ComponentNamesAsync(db, items, ct);
        return new PagedResult<ProductDto>(items.Select(p => ToDto(p, names)).ToList(), total);
    }

    /// <param name="priority">Null keeps the current priority (0 for a new location).</param>
    /// <param name="useComponentInventory">Null keeps the current setting (on for a new location).</param>
    public async Task<(LocationDto Location, bool Created)> PutLocationAsync(string code, string? name, int? priority, bool? useComponentInventory, CancellationToken ct = default)
    {
        var errors = new Dictionary<string, string[]>();
        var trimmedCode = code?.Trim() ?? "";
        if (trimmedCode.Length == 0) errors["code"] = [$"Code is required, at most {TextLimits.LocationCode} characters."];
        else TextRules.Check(errors, "code", trimmedCode, TextLimits.LocationCode, "Code");
        if (string.IsNullOrWhiteSpace(name)) errors["name"] = ["Name is required."];
        else TextRules.Check(errors, "name", name.Trim(), TextLimits.Name, "Name");
        if (errors.Count > 0) throw new InventoryRuleException(string.Join(" ", errors.Values.SelectMany(e => e)), errors);

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var location = await FindLocationOrNullAsync(db, trimmedCode, ct);
        var created = location is null;
        if (location is null) db.Locations.Add(location = new Location(trimmedCode, name!, priority ?? 0, useComponentInventory ?? true));
        else location.Update(name!, priority ?? location.Priority, useComponentInventory ?? location.UseComponentInventory);
        await db.SaveChangesAsync(ct);
        if (created) await BundleRecords.EnsureAtLocationAsync(db, location.Id, clock.GetUtcNow().UtcDateTime, ct);
        changes.Publish(new InventoryChange(InventoryChangeArea.Stock));
        return (ToDto(location), created);
    }

    public async Task<ProductDto> ProductAsync(string sku, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var product = await db.Products.AsNoTracking().Include(p => p.Components).FirstOrDefaultAsync(p => p.Sku == sku.Trim(), ct)
            ?? throw InventoryRuleException.NotFound("sku", $"There is no product with SKU '{sku.Trim()}'.");
        return ToDto(product, await ComponentNamesAsync(db, [product], ct));
    }

    public async Task<LocationDto> LocationAsync(string code, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var location = await FindLocationOrNullAsync(db, code.Trim(), ct)
            ?? throw InventoryRuleException.NotFound("code", $"There is no location with code '{code.Trim()}'.");
        return ToDto(location);
    }

    public async Task<IReadOnlyList<LocationDto>> LocationsAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return (await db.Locations.AsNoTracking().OrderBy(l => l.Code).ToListAsync(ct)).Select(ToDto).ToList();
    }

    /// <summary>
    /// Codes match ignoring case for every letter ("Köln" is "KÖLN"), compared here rather than by SQLite's NOCASE,
    /// which folds only A–Z, so the code lookups of stock lines (case-insensitive) never meet two matches.
    /// </summary>
    internal static async Task<Location?> FindLocationOrNullAsync(InventoryDbContext db, string code, CancellationToken ct) =>
        await db.Locations.FirstOrDefaultAsync(l => l.Code == code, ct)
        ?? (await db.Locations.ToListAsync(ct)).FirstOrDefault(l => string.Equals(l.Code, code, StringComparison.OrdinalIgnoreCase));

    private static async Task<IReadOnlyDictionary<int, (string Sku, string Name)>> ComponentNamesAsync(InventoryDbContext db, IEnumerable<Product> products,
        CancellationToken ct)
    {
        var ids = products.SelectMany(p => p.Components).Select(c => c.ComponentId).Distinct().ToList();
        if (ids.Count == 0) return new Dictionary<int, (string, string)>();
        return await db.Products.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => (p.Sku, p.Name), ct);
    }

    private static ProductDto ToDto(Product p, IReadOnlyDictionary<int, (string Sku, string Name)> components) =>
        new(p.Sku, p.Name, p.Upc, p.Kind.ToString().ToLowerInvariant(), p.Components
            .Select(c => new ComponentDto(components[c.ComponentId].Sku, components[c.ComponentId].Name, c.QuantityPerBundle))
            .OrderBy(c => c.Sku, StringComparer.OrdinalIgnoreCase).ToList());

    private static LocationDto ToDto(Location l) => new(l.Code, l.Name, l.Priority, l.UseComponentInventory, l.Locked, l.LockReason, l.LockedBy,
        l.LockedAtUtc is { } at ? DateTime.SpecifyKind(at, DateTimeKind.Utc) : null);
}
