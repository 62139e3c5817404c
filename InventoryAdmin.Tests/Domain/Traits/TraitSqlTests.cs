using InventoryAdmin.Domain.Model.Traits;
using TraitRules = InventoryAdmin.Domain.Model.Traits.Traits;
using Microsoft.Data.Sqlite;

namespace InventoryAdmin.Tests.Domain.Traits;

/// <summary>
/// <see cref="TraitRules.LockedSql"/> and <see cref="TraitRules.KeepOnZeroSql"/> decide in SQL what the C# rule decides in
/// memory (locks and zero rows of a whole location are recomputed set-based). Evaluated by a real SQLite for every
/// stock configuration × every storage location configuration × location locked or not, joined the way the
/// recompute joins them: stock rows, their location, and their storage location LEFT JOINed (may be missing).
/// </summary>
public sealed class TraitSqlTests : IDisposable
{
    private const int MissingStorage = 0;

    private static readonly TraitConfig[] Configs = TraitCascadeTests.AllConfigs().ToArray();

    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    public TraitSqlTests()
    {
        _connection.Open();
        Execute("""
            CREATE TABLE Locations (Id INTEGER PRIMARY KEY, Locked INTEGER NOT NULL);
            CREATE TABLE StorageLocations (Id INTEGER PRIMARY KEY, TraitsEnabled INTEGER NOT NULL, TraitsDisabled INTEGER NOT NULL);
            CREATE TABLE StockRows (Id INTEGER PRIMARY KEY, LocationId INTEGER NOT NULL, StorageLocationId INTEGER NOT NULL,
                TraitsEnabled INTEGER NOT NULL, TraitsDisabled INTEGER NOT NULL);
            INSERT INTO Locations VALUES (1, 0), (2, 1);
            """);
        InsertAll();
    }

    public void Dispose() => _connection.Dispose();

    /// <summary>Storage location i + 1 has configuration i; stock rows cover every (stock, storage, location) plus missing storage.</summary>
    private void InsertAll()
    {
        using var tx = _connection.BeginTransaction();
        using var storage = Command(tx, "INSERT INTO StorageLocations VALUES ($id, $e, $d)", "$id", "$e", "$d");
        for (var i = 0; i < Configs.Length; i++) Run(storage, i + 1, (int)Configs[i].Enabled, (int)Configs[i].Disabled);

        using var rows = Command(tx, "INSERT INTO StockRows (LocationId, StorageLocationId, TraitsEnabled, TraitsDisabled) VALUES ($l, $s, $e, $d)",
            "$l", "$s", "$e", "$d");
        foreach (var location in new[] { 1, 2 })
            for (var storageId = MissingStorage; storageId <= Configs.Length; storageId++)
                foreach (var stock in Configs)
                    Run(rows, location, storageId, (int)stock.Enabled, (int)stock.Disabled);
        tx.Commit();
    }

    private sealed record Evaluated(TraitConfig Stock, TraitConfig? Storage, bool LocationLocked, bool Locked, bool KeepOnZero);

    /// <summary>One SELECT over every row, with the expressions the recompute uses.</summary>
    private List<Evaluated> EvaluateAll()
    {
        using var select = _connection.CreateCommand();
        select.CommandText = $"""
            SELECT s.TraitsEnabled, s.TraitsDisabled, s.StorageLocationId, l.Locked, {TraitRules.LockedSql("s", "st", "l")}, {TraitRules.KeepOnZeroSql("s", "st")}
            FROM StockRows s JOIN Locations l ON l.Id = s.LocationId LEFT JOIN StorageLocations st ON st.Id = s.StorageLocationId
            """;
        var result = new List<Evaluated>();
        using var reader = select.ExecuteReader();
        while (reader.Read())
        {
            var storageId = reader.GetInt32(2);
            result.Add(new Evaluated(new TraitConfig((Trait)reader.GetInt32(0), (Trait)reader.GetInt32(1)),
                storageId == MissingStorage ? null : Configs[storageId - 1], reader.GetInt32(3) == 1, ToBool(reader.GetInt64(4)), ToBool(reader.GetInt64(5))));
        }

        return result;
    }

    [Fact]
    public void Rows_CoverEveryPairOfConfigurationsTimesLocationLockedOrNot()
    {
        var all = EvaluateAll();

        Assert.Equal(243, Configs.Length);
        Assert.Equal(2 * 244 * 243, all.Count);
        Assert.Equal(2 * 243 * 243, all.Count(e => e.Storage is not null));
        Assert.Equal(all.Count, all.Select(e => (e.Stock, e.Storage, e.LocationLocked)).Distinct().Count());
    }

    [Fact]
    public void LockedSql_EveryPairOfConfigurations_AgreesWithTheCSharpRule()
    {
        var wrong = EvaluateAll()
            .Where(e => e.Storage is { } storage && e.Locked != !TraitRules.IsSellable(TraitRules.Effective(e.Stock, storage), e.LocationLocked)).ToList();

        Assert.True(wrong.Count == 0, Describe(wrong, "Locked"));
    }

    [Fact]
    public void KeepOnZeroSql_EveryPairOfConfigurations_AgreesWithTheCSharpRule()
    {
        var wrong = EvaluateAll()
            .Where(e => e.Storage is { } storage && e.KeepOnZero != ((TraitRules.Effective(e.Stock, storage) & Trait.KeepOnZero) != 0)).ToList();

        Assert.True(wrong.Count == 0, Describe(wrong, "KeepOnZero"));
    }

    [Fact]
    public void LockedAndKeepOnZeroSql_StorageLocationMissing_ReadItAsUnset()
    {
        var missing = EvaluateAll().Where(e => e.Storage is null).ToList();

        Assert.Equal(2 * 243, missing.Count);
        var wrong = missing.Where(e => e.Locked != !TraitRules.IsSellable(TraitRules.Effective(e.Stock, TraitConfig.Unset), e.LocationLocked)
            || e.KeepOnZero != ((TraitRules.Effective(e.Stock, TraitConfig.Unset) & Trait.KeepOnZero) != 0)).ToList();
        Assert.True(wrong.Count == 0, Describe(wrong, "Locked/KeepOnZero"));
    }

    [Fact]
    public void LockedSql_LocationLocked_LocksEveryRow()
    {
        var locked = EvaluateAll().Where(e => e.LocationLocked).ToList();

        Assert.Equal(244 * 243, locked.Count);
        Assert.All(locked, e => Assert.True(e.Locked));
    }

    [Fact]
    public void LockedSql_NothingConfiguredAnywhere_IsNotLocked()
    {
        var plain = Assert.Single(EvaluateAll(), e => e.Stock == TraitConfig.Unset && e.Storage is null && !e.LocationLocked);

        Assert.False(plain.Locked);
        Assert.False(plain.KeepOnZero);
    }

    private static string Describe(List<Evaluated> wrong, string figure) =>
        $"{wrong.Count} row(s) where SQL {figure} disagrees, e.g. " + string.Join("; ", wrong.Take(5).Select(e =>
            $"stock [{e.Stock}], storage [{e.Storage?.ToString() ?? "missing"}], location locked {e.LocationLocked}: SQL Locked {e.Locked}, KeepOnZero {e.KeepOnZero}"));

    private static bool ToBool(long value) => value switch
    {
        0 => false,
        1 => true,
        _ => throw new InvalidOperationException($"The SQL gave {value}, not 0 or 1."),
    };

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private SqliteCommand Command(SqliteTransaction tx, string sql, params string[] parameters)
    {
        var command = _connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        foreach (var name in parameters) command.Parameters.Add(new SqliteParameter { ParameterName = name });
        command.Prepare();
        return command;
    }

    private static void Run(SqliteCommand command, params int[] values)
    {
        for (var i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i];
        command.ExecuteNonQuery();
    }
}
