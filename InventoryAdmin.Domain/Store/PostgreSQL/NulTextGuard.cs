using System.Data.Common;
using InventoryAdmin.Domain.Model;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace InventoryAdmin.Domain.Store.PostgreSQL;

/// <summary>
/// PostgreSQL text cannot hold U+0000: a parameter with it fails the whole statement with 22021 (a 500 for the user).
/// No stored identifier or name holds a control character (<see cref="TextRules"/> refuses them on every write), so a
/// lookup by such a text is bad input: refused here with a rule violation (400) before the statement is sent, whatever
/// query asked. SQLite stores and compares it, finding nothing.
/// </summary>
internal sealed class NulTextGuard : DbCommandInterceptor
{
    public static readonly NulTextGuard Instance = new();

    private static void Check(DbCommand command)
    {
        foreach (DbParameter parameter in command.Parameters)
        {
            var nul = parameter.Value switch
            {
                string text => text.Contains('\0'),
                IEnumerable<string?> texts => texts.Any(t => t?.Contains('\0') == true),
                _ => false,
            };
            if (nul)
                throw InventoryRuleException.Malformed("text",
                    "The text contains a control character (U+0000), which no identifier, name or search can hold.");
        }
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Check(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Check(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Check(command);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Check(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Check(command);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result,
        CancellationToken cancellationToken = default)
    {
        Check(command);
        return ValueTask.FromResult(result);
    }
}
