using Microsoft.Data.Sqlite;

namespace InventoryAdmin.Tests.Support;

public static class SqliteCleanup
{
    public static void Delete(string databasePath)
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            File.Delete(databasePath + suffix);
    }
}
