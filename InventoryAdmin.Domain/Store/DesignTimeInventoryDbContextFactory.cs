using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace InventoryAdmin.Domain.Store;

/// <summary>Lets <c>dotnet ef</c> build the context without starting the web app; <c>-- --provider PostgreSQL</c> picks the engine.</summary>
internal sealed class DesignTimeInventoryDbContextFactory : IDesignTimeDbContextFactory<InventoryDbContext>
{
    public InventoryDbContext CreateDbContext(string[] args)
    {
        var named = Array.IndexOf(args, "--provider") is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : nameof(DatabaseProvider.Sqlite);
        var provider = Enum.Parse<DatabaseProvider>(named, ignoreCase: true);
        var connectionString = provider == DatabaseProvider.PostgreSQL ? "Host=127.0.0.1;Database=inventory" : InventoryDatabase.DefaultConnectionString;
        var options = new DbContextOptionsBuilder<InventoryDbContext>();
        options.Use(provider, connectionString);
        return new(options.Options);
    }
}
