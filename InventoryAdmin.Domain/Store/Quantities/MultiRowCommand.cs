using System.Data.Common;
using System.Text;

namespace InventoryAdmin.Domain.Store;

/// <summary>
/// One INSERT with many rows per statement (<c>VALUES (…), (…), …</c>), buffered and sent <see cref="RowsPerStatement"/>
/// rows at a time inside the caller's transaction: a bulk write makes a fiftieth of the round trips (and statement
/// executions) it would make row by row, which shortens how long a big batch holds the write lock. The full-size statement
/// is prepared once; the remainder goes in one smaller statement at <see cref="FlushAsync"/>. Rows of one statement must
/// not conflict with each other on an ON CONFLICT key (PostgreSQL refuses to update a row twice in one statement).
/// </summary>
internal sealed class MultiRowCommand : IAsyncDisposable
{
    public const int RowsPerStatement = 50;

    private readonly DbConnection connection;
    private readonly DbTransaction transaction;
    private readonly string head;
    private readonly string tail;
    private readonly int columns;
    private readonly List<object?[]> pending = new(RowsPerStatement);
    private DbCommand? full;

    /// <param name="head">The statement up to VALUES, e.g. <c>INSERT INTO "T" ("A", "B") VALUES</c>.</param>
    /// <param name="tail">What follows the rows, e.g. an ON CONFLICT clause, or "".</param>
    public MultiRowCommand(DbConnection connection, DbTransaction transaction, string head, int columns, string tail = "")
    {
        this.connection = connection;
        this.transaction = transaction;
        this.head = head;
        this.tail = tail;
        this.columns = columns;
    }

    /// <summary>Keys buffered but not yet sent (for callers that must not put the same key twice in one statement).</summary>
    public int Pending => pending.Count;

    public async Task AddAsync(object?[] row, CancellationToken ct)
    {
        if (row.Length != columns) throw new ArgumentException($"Expected {columns} values, got {row.Length}.", nameof(row));
        pending.Add(row);
        if (pending.Count < RowsPerStatement) return;
        full ??= Build(RowsPerStatement);
        await ExecuteAsync(full, ct);
    }

    public async Task FlushAsync(CancellationToken ct)
    {
        if (pending.Count == 0) return;
        await using var rest = Build(pending.Count);
        await ExecuteAsync(rest, ct);
    }

    private async Task ExecuteAsync(DbCommand command, CancellationToken ct)
    {
        for (var r = 0; r < pending.Count; r++)
            for (var c = 0; c < columns; c++)
                command.Parameters[r * columns + c].Value = pending[r][c] ?? DBNull.Value;
        await command.ExecuteNonQueryAsync(ct);
        pending.Clear();
    }

    private DbCommand Build(int rows)
    {
        var sql = new StringBuilder(head).Append(' ');
        var names = new List<string>(rows * columns);
        for (var r = 0; r < rows; r++)
        {
            sql.Append(r == 0 ? "(" : ", (");
            for (var c = 0; c < columns; c++)
            {
                var name = $"@v{r}_{c}";
                names.Add(name);
                sql.Append(c == 0 ? "" : ", ").Append(name);
            }

            sql.Append(')');
        }

        if (tail.Length > 0) sql.Append(' ').Append(tail);
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql.ToString();
        foreach (var name in names)
        {
            var p = command.CreateParameter();
            p.ParameterName = name;
            command.Parameters.Add(p);
        }

        if (connection is Microsoft.Data.Sqlite.SqliteConnection) command.Prepare();
        return command;
    }

    public async ValueTask DisposeAsync()
    {
        if (full is not null) await full.DisposeAsync();
    }
}
