using Bunit;
using InventoryAdmin.Domain;
using InventoryAdmin.Domain.Store;
using InventoryAdmin.Tests.Support.PostgreSql;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace InventoryAdmin.Tests.Support;

/// <summary>
/// A bUnit context with MudBlazor and the real domain services over a temp SQLite file, or a PostgreSQL database of its
/// own in the test cluster (copied from the migrated template, dropped at the end).
/// Dispose it with <c>await using</c>: MudBlazor's services are only async-disposable.
/// </summary>
public sealed class ComponentTestContext : IAsyncDisposable
{
    private readonly string databasePath = Path.Combine(Path.GetTempPath(), $"inventoryadmin-bunit-{Guid.NewGuid():N}.db");
    private readonly PostgreSqlInventoryStore? postgreSql;

    private ComponentTestContext(PostgreSqlInventoryStore? postgreSql, string? user, string[] roles)
    {
        this.postgreSql = postgreSql;
        Bunit.JSInterop.Mode = JSRuntimeMode.Loose;
        Bunit.Services.AddMudServices();
        Bunit.Services.AddSingleton<IConfiguration>(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                [InventoryDatabase.ProviderSetting] = postgreSql is null ? nameof(DatabaseProvider.Sqlite) : nameof(DatabaseProvider.PostgreSQL),
                ["ConnectionStrings:Inventory"] = postgreSql?.ConnectionString ?? $"Data Source={databasePath}",
            })
            .Build());
        Bunit.Services.AddInventoryDomain();
        if (user is not null) Bunit.AddAuthorization().SetAuthorized(user).SetRoles(roles);
        Bunit.SetRendererInfo(new RendererInfo("Server", true));
    }

    public BunitContext Bunit { get; } = new();

    public T Get<T>() where T : notnull => Bunit.Services.GetRequiredService<T>();

    /// <param name="engine">The store's engine (the PostgreSQL subclasses of the component tests pass theirs).</param>
    /// <param name="user">A signed-in user for components that read the authentication state, with its roles.</param>
    public static async Task<ComponentTestContext> CreateAsync(DatabaseProvider engine, string? user = null, params string[] roles)
    {
        if (engine == DatabaseProvider.PostgreSQL)
        {
            var store = new PostgreSqlInventoryStore();
            await store.InitializeAsync();
            return new ComponentTestContext(store, user, roles);
        }

        var context = new ComponentTestContext(null, user, roles);
        await InventoryDatabase.MigrateAsync(context.Get<IDbContextFactory<InventoryDbContext>>());
        return context;
    }

    /// <summary>Renders the providers dialogs need, then opens a dialog the way a page does.</summary>
    public async Task<(IRenderedComponent<MudDialogProvider> Provider, IDialogReference Dialog)> ShowDialogAsync<TDialog>(DialogParameters<TDialog> parameters)
        where TDialog : IComponent
    {
        Bunit.Render<MudPopoverProvider>();
        var provider = Bunit.Render<MudDialogProvider>();
        var dialogs = Get<IDialogService>();
        IDialogReference? reference = null;
        await provider.InvokeAsync(async () => reference = await dialogs.ShowAsync<TDialog>("", parameters));
        return (provider, reference!);
    }

    public async ValueTask DisposeAsync()
    {
        await Bunit.DisposeAsync();
        if (postgreSql is not null) await postgreSql.DisposeAsync();
        else SqliteCleanup.Delete(databasePath);
    }
}
