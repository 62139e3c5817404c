using System.Globalization;
using InventoryAdmin.Domain.Model;

namespace InventoryAdmin.Domain.Services;

/// <summary>
/// One page of a list, checked: page numbers start at 1 (the grid's at 0), a page holds 1 to
/// <see cref="InventoryQueryService.MaxPageSize"/> rows, and a page past the end is empty — its offset is computed in 64
/// bits, so page 2,147,483,647 never wraps round to the first rows.
/// </summary>
internal readonly record struct Paging(int Skip, int Take)
{
    /// <param name="page">1-based (the API's and the lists' page numbers).</param>
    public static Paging Of(int page, int pageSize, int firstPage = 1)
    {
        if (page < firstPage) throw InventoryRuleException.Malformed("page", string.Create(CultureInfo.InvariantCulture, $"Pages are numbered from {firstPage}."));
        if (pageSize is < 1 or > InventoryQueryService.MaxPageSize)
            throw InventoryRuleException.Malformed("pageSize", string.Create(CultureInfo.InvariantCulture,
                $"A page holds 1 to {InventoryQueryService.MaxPageSize} rows (pageSize)."));
        var skip = (long)(page - firstPage) * pageSize;
        // Past any table this app can hold: the page is empty, never another page's rows.
        return skip > int.MaxValue ? new Paging(0, 0) : new Paging((int)skip, pageSize);
    }
}

internal static class PagingExtensions
{
    public static IQueryable<T> Page<T>(this IQueryable<T> query, Paging page) => page.Take == 0 ? query.Take(0) : query.Skip(page.Skip).Take(page.Take);
}
