using InventoryAdmin.Domain.Model;
using InventoryAdmin.Domain.Model.Orders;
using InventoryAdmin.Domain.Model.Stock;
using InventoryAdmin.Domain.Services;
using Microsoft.EntityFrameworkCore;

namespace InventoryAdmin.Domain.Store;

/// <summary>
/// Searches that ignore case on both engines. SQLite's LIKE ignores case (A–Z); PostgreSQL's does not, and refuses the
/// case-insensitive collation of SKUs altogether, so there the text is compared under the database default with ILIKE.
/// </summary>
internal static class TextSearch
{
    private const string DefaultCollation = "default";

    /// <summary>A SKU starting with the term, the exact UPC, or a name containing it.</summary>
    /// <exception cref="Model.InventoryRuleException">The text holds a control character or is too long (400, field <c>search</c>).</exception>
    public static IQueryable<Product> Search(this IQueryable<Product> products, InventoryDbContext db, string? search)
    {
        TextRules.RequireSearch(search);
        if (string.IsNullOrWhiteSpace(search)) return products;
        var term = search.Trim();
        var like = LikePattern.Escape(term);
        return db.Database.IsNpgsql()
            ? products.Where(p => EF.Functions.ILike(EF.Functions.Collate(p.Sku, DefaultCollation), like + "%", LikePattern.EscapeCharacter)
                || p.Upc == term || EF.Functions.ILike(p.Name, "%" + like + "%", LikePattern.EscapeCharacter))
            : products.Where(p => EF.Functions.Like(p.Sku, like + "%", LikePattern.EscapeCharacter) || p.Upc == term
                || EF.Functions.Like(p.Name, "%" + like + "%", LikePattern.EscapeCharacter));
    }

    /// <summary>Orders whose external id starts with the term.</summary>
    /// <exception cref="Model.InventoryRuleException">The text holds a control character or is too long (400, field <c>search</c>).</exception>
    public static IQueryable<Order> ExternalIdStartingWith(this IQueryable<Order> orders, InventoryDbContext db, string? search)
    {
        TextRules.RequireSearch(search);
        if (string.IsNullOrWhiteSpace(search)) return orders;
        var like = LikePattern.Escape(search.Trim()) + "%";
        return db.Database.IsNpgsql()
            ? orders.Where(o => EF.Functions.ILike(o.ExternalId, like, LikePattern.EscapeCharacter))
            : orders.Where(o => EF.Functions.Like(o.ExternalId, like, LikePattern.EscapeCharacter));
    }
}
