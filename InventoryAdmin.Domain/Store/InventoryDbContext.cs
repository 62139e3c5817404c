using InventoryAdmin.Domain.Model.Availability;
using InventoryAdmin.Domain.Model.Ledger;
using InventoryAdmin.Domain.Model.Orders;
using InventoryAdmin.Domain.Model.Redistribution;
using InventoryAdmin.Domain.Model.Settings;
using InventoryAdmin.Domain.Model.Stock;
using InventoryAdmin.Domain.Model.Tags;
using InventoryAdmin.Domain.Store.PostgreSQL;
using Microsoft.EntityFrameworkCore;

namespace InventoryAdmin.Domain.Store;

/// <summary>The inventory store. Always created through IDbContextFactory, one context per operation.</summary>
/// <remarks>
/// Add a migration from the repository root with
/// <c>dotnet ef migrations add &lt;Name&gt; --project InventoryAdmin.Domain --context InventoryDbContext --output-dir Store/Migrations/Sqlite --namespace InventoryAdmin.Domain.Store.Migrations.Sqlite</c>
/// and the same for PostgreSQL:
/// <c>dotnet ef migrations add &lt;Name&gt; --project InventoryAdmin.Domain --context InventoryDbContext --output-dir Store/Migrations/PostgreSQL --namespace InventoryAdmin.Domain.Store.Migrations.PostgreSQL -- --provider PostgreSQL</c>.
/// </remarks>
public sealed class InventoryDbContext(DbContextOptions<InventoryDbContext> options) : DbContext(options)
{
    public DbSet<Tag> Tags => Set<Tag>();

    public DbSet<TagValue> TagValues => Set<TagValue>();

    public DbSet<InventorySettings> Settings => Set<InventorySettings>();

    public DbSet<Product> Products => Set<Product>();

    public DbSet<Location> Locations => Set<Location>();

    public DbSet<StorageLocation> StorageLocations => Set<StorageLocation>();

    public DbSet<StockRow> StockRows => Set<StockRow>();

    public DbSet<Segment> Segments => Set<Segment>();

    public DbSet<Movement> Movements => Set<Movement>();

    public DbSet<Order> Orders => Set<Order>();

    public DbSet<OrderItem> OrderItems => Set<OrderItem>();

    public DbSet<Allocation> Allocations => Set<Allocation>();

    public DbSet<InventoryRecord> Records => Set<InventoryRecord>();

    public DbSet<RedistributionJob> RedistributionJobs => Set<RedistributionJob>();

    public DbSet<RedistributionResidual> RedistributionResiduals => Set<RedistributionResidual>();

    public DbSet<StockRule> StockRules => Set<StockRule>();

    public DbSet<SegmentChange> SegmentChanges => Set<SegmentChange>();

    public DbSet<LowStockAlert> LowStockAlerts => Set<LowStockAlert>();

    public DbSet<ChangeCursor> ChangeCursors => Set<ChangeCursor>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(InventoryDbContext).Assembly);
        if (Database.IsNpgsql()) PostgreSqlModel.Apply(modelBuilder);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        if (Database.IsNpgsql()) PostgreSqlModel.Conventions(configurationBuilder);
    }
}
