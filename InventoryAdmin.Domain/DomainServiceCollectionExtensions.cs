using InventoryAdmin.Domain.Services;
using InventoryAdmin.Domain.Services.Availability;
using InventoryAdmin.Domain.Services.Demo;
using InventoryAdmin.Domain.Services.Redistribution;
using InventoryAdmin.Domain.Store;
using InventoryAdmin.Domain.Store.PostgreSQL;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace InventoryAdmin.Domain;

public static class DomainServiceCollectionExtensions
{
    public const string ConnectionStringName = "Inventory";

    /// <summary>The store (Database:Provider, SQLite by default, at ConnectionStrings:Inventory, read when first used) and the use-case services.</summary>
    public static IServiceCollection AddInventoryDomain(this IServiceCollection services)
    {
        services.AddSingleton<StoreInstance>();
        services.AddDbContextFactory<InventoryDbContext>((sp, options) =>
            options.Use(sp.GetRequiredService<IConfiguration>(), sp.GetRequiredService<StoreInstance>()));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<InventoryChanges>();
        services.AddSingleton<ChangeListener>();
        services.AddSingleton<TagService>();
        services.AddSingleton<InventorySettingsService>();
        services.AddSingleton<OverviewService>();
        services.AddSingleton<StockService>();
        services.AddSingleton<TraitService>();
        services.AddSingleton<OrderService>();
        services.AddSingleton<AllocationMonitorService>();
        services.AddSingleton<InventoryQueryService>();
        services.AddSingleton<StockRuleService>();
        services.AddSingleton<StockRuleCsv>();
        services.AddSingleton<LowStockTracker>();
        services.AddSingleton<AlertService>();
        services.AddSingleton<AvailabilityChangeService>();
        services.AddSingleton(sp => new ChangeRetention(sp.GetRequiredService<IDbContextFactory<InventoryDbContext>>(), sp.GetRequiredService<TimeProvider>(),
            ChangeRetention.DaysFrom(sp.GetRequiredService<IConfiguration>()[ChangeRetention.Setting])));
        services.AddSingleton<StockImportService>();
        services.AddSingleton<StockExportService>();
        services.AddSingleton<CatalogueService>();
        services.AddSingleton<LedgerReplayService>();
        services.AddSingleton<DemoDataSeeder>();
        services.AddSingleton(sp => RedistributionOptions.From(sp.GetRequiredService<IConfiguration>()["Redistribution:RecordsPerTransaction"]));
        services.AddSingleton(sp => BatchLimits.From(sp.GetRequiredService<IConfiguration>()[BatchLimits.Setting]));
        services.AddSingleton<RedistributionSignal>();
        services.AddSingleton<RedistributionRunner>();
        services.AddSingleton<RedistributionService>();
        return services;
    }
}
