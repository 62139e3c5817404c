using System.Diagnostics;
using System.Reflection;

namespace InventoryAdmin.Tests.Support;

/// <summary>
/// The app as it is deployed: <c>dotnet publish</c> into a temporary folder (once per test class), then the
/// published app started from there as its own process in Production, without demo data, with a first admin and
/// a bootstrap key from the environment (as README's production run).
/// The publish reuses the build the tests run on (<c>--no-build</c>, same configuration, about 20 s): the published
/// layout and its static-assets manifest are what is tested, and a second full build in Release would cost minutes.
/// </summary>
public sealed class PublishedApp : IAsyncLifetime
{
    public const string AdminEmail = "owner@prod.test";
    public const string AdminPassword = "Prod!2345x";

    private readonly string folder = Path.Combine(Path.GetTempPath(), $"inventoryadmin-published-{Guid.NewGuid():N}");
    private AppProcess? app;

    public string BootstrapKey { get; } = "bootstrap-" + Guid.NewGuid().ToString("N");

    public AppProcess App => app ?? throw new InvalidOperationException("Not started.");

    /// <summary>How long the publish took.</summary>
    public TimeSpan PublishTime { get; private set; }

    public async Task InitializeAsync()
    {
        var output = Path.Combine(folder, "app");
        var watch = Stopwatch.StartNew();
        await PublishAsync(output);
        PublishTime = watch.Elapsed;
        app = await AppProcess.StartAsync(Path.Combine(output, "InventoryAdmin.dll"), output, new Dictionary<string, string>
        {
            ["Demo__Seed"] = "false",
            ["ConnectionStrings__Inventory"] = $"Data Source={Path.Combine(folder, "inventory.db")}",
            ["Admin__Email"] = AdminEmail,
            ["Admin__Password"] = AdminPassword,
            ["Api__BootstrapKey"] = BootstrapKey,
        });
    }

    public async Task DisposeAsync()
    {
        if (app is not null) await app.DisposeAsync();
        try { Directory.Delete(folder, recursive: true); }
        catch (IOException) { /* a log file still closing; the OS cleans its temp folder */ }
    }

    /// <summary>The configuration the tests were built in, so <c>--no-build</c> finds the app's build output.</summary>
    public static string BuildConfiguration =>
        typeof(PublishedApp).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

    private static async Task PublishAsync(string output)
    {
        var project = Path.Combine(AppProcess.RepositoryRoot(), "InventoryAdmin", "InventoryAdmin.csproj");
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { "publish", project, "-c", BuildConfiguration, "--no-build", "-o", output, "-v", "q", "-nologo", "-nodeReuse:false" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        using var publish = Process.Start(start)!;
        var stdout = publish.StandardOutput.ReadToEndAsync();
        var stderr = publish.StandardError.ReadToEndAsync();
        await publish.WaitForExitAsync();
        if (publish.ExitCode != 0)
            throw new InvalidOperationException($"dotnet publish failed ({publish.ExitCode}):\n{await stdout}\n{await stderr}");
    }
}
