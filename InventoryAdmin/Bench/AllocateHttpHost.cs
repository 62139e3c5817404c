using System.Net;
using InventoryAdmin.Api;
using InventoryAdmin.Domain;
using InventoryAdmin.Identity;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Serilog;

namespace InventoryAdmin.Bench;

/// <summary>
/// The app's API on a real Kestrel, in this process, on 127.0.0.1 and a free port, over the bench's file.
/// <para>
/// Why this way: the simplest robust choice. A child process would need the built app's path, a port handshake and
/// clean-up on every failure; WebApplicationFactory lives in the test project. Instead this builds a WebApplication
/// from the same pieces and in the same order as Program.cs (the domain, the web services with Identity and the API
/// key scheme, the API, request localization, Serilog request logging, antiforgery, <see cref="InventoryApi.MapInventoryApi"/>,
/// <see cref="Startup.PrepareDatabaseAsync"/>), leaving out only what an API call never reaches (the Razor pages,
/// static assets and their status-code pages). Its configuration is in memory only (the content root is the bench's
/// temporary folder, so no appsettings.json is read): the bench's file, no demo data, Serilog with no sinks.
/// The clients run in the same process and share its cores with the server; that is part of what is measured.
/// </para>
/// </summary>
internal sealed class AllocateHttpHost : IAsyncDisposable
{
    private readonly WebApplication app;

    private AllocateHttpHost(WebApplication app, string databasePath, Uri baseAddress, string apiKey)
    {
        this.app = app;
        DatabasePath = databasePath;
        BaseAddress = baseAddress;
        ApiKey = apiKey;
    }

    public string DatabasePath { get; }

    public Uri BaseAddress { get; }

    /// <summary>A key of the role asked for (Integration unless told), created through <see cref="ApiKeyService"/> as the admin page does.</summary>
    public string ApiKey { get; }

    /// <param name="databasePath">The SQLite file, or with <paramref name="provider"/> PostgreSQL the connection string.</param>
    public static async Task<AllocateHttpHost> StartAsync(string databasePath, string contentRoot, CancellationToken ct = default,
        Domain.Store.DatabaseProvider provider = Domain.Store.DatabaseProvider.Sqlite, string role = Roles.Integration)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = [],
            ContentRootPath = contentRoot,
            EnvironmentName = Environments.Production,
        });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"ConnectionStrings:{DomainServiceCollectionExtensions.ConnectionStringName}"] =
                provider == Domain.Store.DatabaseProvider.PostgreSQL ? databasePath : $"Data Source={databasePath}",
            [Domain.Store.InventoryDatabase.ProviderSetting] = provider.ToString(),
            [Startup.DemoSeedSetting] = "false",
            [ApiKeyService.BootstrapKeySetting] = "",
            ["Serilog:MinimumLevel:Default"] = "Warning",
        });
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));

        builder.Services.AddInventoryDomain();
        builder.Services.AddWebServices(builder.Configuration);
        builder.Services.AddInventoryApi();

        var app = builder.Build();
        app.UseRequestLocalization("en-US");
        app.UseSerilogRequestLogging();
        app.UseAntiforgery();
        app.MapInventoryApi();
        await app.PrepareDatabaseAsync();
        await app.StartAsync(ct);

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? throw new InvalidOperationException("Kestrel did not say where it listens.");
        var key = await app.Services.GetRequiredService<ApiKeyService>().CreateAsync("bench", role, "bench", ct);
        return new AllocateHttpHost(app, databasePath, new Uri(address.TrimEnd('/') + "/"), key.Secret);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
