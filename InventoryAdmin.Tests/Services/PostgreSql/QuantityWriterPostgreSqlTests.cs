#if POSTGRESQL
using InventoryAdmin.Domain.Model.Traits;
using InventoryAdmin.Domain.Services.Contracts;
using InventoryAdmin.Tests.Support.Orders;
using InventoryAdmin.Tests.Support.PostgreSql;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using static InventoryAdmin.Tests.Support.Stock.StockTestBed;

namespace InventoryAdmin.Tests.Services.PostgreSql;

/// <summary>
/// The quantity writer on PostgreSQL's READ COMMITTED with real parallel transactions (issue 15): a write aborted as a
/// deadlock's victim runs again and is applied once, and trait changes of one row at once end as one after the other.
/// </summary>
public sealed class QuantityWriterPostgreSqlTests() : OrderServiceTestBase(new PostgreSqlInventoryStore())
{
    private string ConnectionString => ((PostgreSqlInventoryStore)_bed.Store).ConnectionString;

    [Fact]
    public async Task AnAdjustChosenAsADeadlocksVictim_RunsAgain_AndIsAppliedOnce()
    {
        await LocationAsync(Store);
        await StockAsync(Shirt, Store, 10);
        await StockAsync(Jeans, Store, 10);
        int first, second, location;
        await using (var db = _bed.Store.CreateContext())
        {
            location = await db.Locations.Where(l => l.Code == Store).Select(l => l.Id).SingleAsync();
            var ids = await db.Products.Where(p => p.Sku == Shirt || p.Sku == Jeans).Select(p => p.Id).OrderBy(id => id).ToListAsync();
            (first, second) = (ids[0], ids[1]);
        }

        // Another transaction holds the second record (in key order) and, once the adjust holds the first and waits for
        // the second, asks for the first: a deadlock. Its own deadlock_timeout is long, so PostgreSQL aborts the adjust.
        await using var other = new NpgsqlConnection(ConnectionString);
        await other.OpenAsync();
        await using var tx = await other.BeginTransactionAsync();
        await ExecuteAsync(other, tx, "SET LOCAL deadlock_timeout = '30s'");
        await ExecuteAsync(other, tx, $"""SELECT 1 FROM "Records" WHERE "ProductId" = {second} AND "LocationId" = {location} FOR UPDATE""");
        var adjust = Task.Run(() => _bed.Stock.AdjustAsync([Line(Shirt, Store, 5), Line(Jeans, Store, 5)], Manager));
        await WaitForLockWaitAsync(other);
        await ExecuteAsync(other, tx, $"""SELECT 1 FROM "Records" WHERE "ProductId" = {first} AND "LocationId" = {location} FOR UPDATE""");
        await tx.CommitAsync();

        var result = await adjust;
        Assert.Equal(2, result.Applied);
        Assert.Equal(15, (await FourAsync(Shirt, Store)).OnHand);
        Assert.Equal(15, (await FourAsync(Jeans, Store)).OnHand);
        Assert.Equal(2, (await MovementsAsync()).Count(m => m.Reason == "Adjustment"));
        await AssertLedgerConsistentAsync();
    }

    [Fact]
    public async Task ALockAndATraitChangeOfOneRowAtOnce_EndAsOneAfterTheOther_NeitherLost()
    {
        await LocationAsync(Store);
        await StockAsync(Shirt, Store, 10);
        var row = new StockRowRef(Shirt, Store);
        var keep = new Dictionary<string, bool?> { ["KEEP_ON_ZERO"] = false }; // the column the lock changes too
        for (var round = 0; round < 20; round++)
        {
            await _bed.Traits.SetStockTraitsAsync(row, new Dictionary<string, bool?>(), null, Manager);
            var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var replace = Task.Run(async () => { await gate.Task; await _bed.Traits.SetStockTraitsAsync(row, keep, null, Manager); });
            var lockRow = Task.Run(async () => { await gate.Task; await _bed.Traits.SetStockLockAsync(row, true, null, Manager); });
            gate.SetResult();
            await Task.WhenAll(replace, lockRow);

            await using var db = _bed.Store.CreateContext();
            var stored = await db.StockRows.AsNoTracking().SingleAsync();
            // Replace then lock: KEEP_ON_ZERO and ACCESSIBLE off; lock then replace: KEEP_ON_ZERO off only. Never the lock alone.
            Assert.True(stored.Traits == new TraitConfig(Trait.None, Trait.KeepOnZero | Trait.Accessible) || stored.Traits == new TraitConfig(Trait.None, Trait.KeepOnZero),
                $"round {round}: {stored.Traits}");
            Assert.Equal((stored.Traits.Disabled & Trait.Accessible) != 0, stored.Locked);
        }

        await AssertLedgerConsistentAsync();
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Waits until some other session of this database waits for a row lock.</summary>
    private async Task WaitForLockWaitAsync(NpgsqlConnection mine)
    {
        await using var watcher = new NpgsqlConnection(ConnectionString);
        await watcher.OpenAsync();
        for (var i = 0; i < 300; i++)
        {
            await using var command = new NpgsqlCommand("""
                SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND pid <> @mine
                """, watcher);
            command.Parameters.AddWithValue("mine", mine.ProcessID);
            if ((long)(await command.ExecuteScalarAsync())! > 0) return;
            await Task.Delay(20);
        }

        throw new TimeoutException("The adjust never waited for the lock.");
    }
}
#endif
