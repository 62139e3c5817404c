using Bunit;
using InventoryAdmin.Domain;
using InventoryAdmin.Domain.Store;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace InventoryAdmin.Tests.Support;

/// <summary>
/// A bUnit context with MudBlazor and the real domain services over a temp SQLite file.
/// Dispose it with <c>await using</c>: MudBlazor's services are only async-disposable.
/// </summary>
public sealed class ComponentTestContext : IAsyncDisposable
{
    private readonly string databasePath = Path.Combine(Path.GetTempPath(), $"inventoryadmin-bunit-{Guid.NewGuid():N}.db");

    private ComponentTestContext(string? user, string[] roles)
    {
        Bunit.JSInterop.Mode = JSRuntimeMode.Loose;
        Bunit.Services.AddMudServices();
        Bunit.Services.AddSingleton<IConfiguration>(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Inventory"] = $"Data Source={databasePath}" })
            .Build());
        Bunit.Services.AddInventoryDomain();
        if (user is not null) Bunit.AddAuthorization().SetAuthorized(user).SetRoles(roles);
        Bunit.SetRendererInfo(new RendererInfo("Server", true));
    }

    public BunitContext Bunit { get; } = new();

    public T Get<T>() where T : notnull => Bunit.Services.GetRequiredService<T>();

    /// <param name="user">A signed-in user for components that read the authentication state, with its roles.</param>
    public static async Task<ComponentTestContext> CreateAsync(string? user = null, params string[] roles)
    {
        var context = new ComponentTestContext(user, roles);
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
        SqliteCleanup.Delete(databasePath);
    }
}
