using System.Diagnostics;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;

namespace InventoryAdmin.Tests.Support;

/// <summary>
/// The app as it is deployed: <c>dotnet publish</c> into a temporary folder (once per test class), then the
/// published app started as a process of its own in Production, without demo data, on a free 127.0.0.1 port,
/// with a first admin and a bootstrap key from the environment (as README's production run). Killed by PID.
/// The publish reuses the build the tests run on (<c>--no-build</c>, same configuration): the published layout
/// and its static-assets manifest are what matter here, and a second full build in Release would cost minutes.
/// </summary>
public sealed partial class PublishedApp : IAsyncLifetime
{
    public const string AdminEmail = "owner@prod.test";
    public const string AdminPassword = "Prod!2345x";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);
    private readonly string folder = Path.Combine(Path.GetTempPath(), $"inventoryadmin-published-{Guid.NewGuid():N}");
    private readonly StringBuilder log = new();
    private Process? process;

    public string BootstrapKey { get; } = "bootstrap-" + Guid.NewGuid().ToString("N");

    public Uri BaseAddress { get; private set; } = default!;

    /// <summary>How long the publish took, for the test's output.</summary>
    public TimeSpan PublishTime { get; private set; }

    /// <summary>What the app wrote to its console so far.</summary>
    public string Log { get { lock (log) return log.ToString(); } }

    public async Task InitializeAsync()
    {
        var output = Path.Combine(folder, "app");
        var watch = Stopwatch.StartNew();
        await PublishAsync(output);
        PublishTime = watch.Elapsed;
        BaseAddress = await StartAsync(output);
    }

    public async Task DisposeAsync()
    {
        if (process is not null)
        {
            if (!process.HasExited) process.Kill();
            await process.WaitForExitAsync();
            process.Dispose();
        }

        try { Directory.Delete(folder, recursive: true); }
        catch (IOException) { /* a log file still closing; the temp folder is cleaned by the OS */ }
    }

    private static async Task PublishAsync(string output)
    {
        var configuration = typeof(PublishedApp).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var project = Path.Combine(RepositoryRoot(), "InventoryAdmin", "InventoryAdmin.csproj");
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { "publish", project, "-c", configuration, "--no-build", "-o", output, "-v", "q", "-nologo", "-nodeReuse:false" },
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

    private async Task<Uri> StartAsync(string output)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { Path.Combine(output, "InventoryAdmin.dll") },
            WorkingDirectory = output,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var inherited in new[] { "ASPNETCORE_URLS", "ASPNETCORE_HTTP_PORTS", "DOTNET_ENVIRONMENT", "ASPNETCORE_HOSTINGSTARTUPASSEMBLIES" })
            start.Environment.Remove(inherited);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Demo__Seed"] = "false";
        start.Environment["ConnectionStrings__Inventory"] = $"Data Source={Path.Combine(folder, "inventory.db")}";
        start.Environment["Admin__Email"] = AdminEmail;
        start.Environment["Admin__Password"] = AdminPassword;
        start.Environment["Api__BootstrapKey"] = BootstrapKey;
        start.Environment["Urls"] = "http://127.0.0.1:0";

        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        process = new Process { StartInfo = start, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, e) => OnLine(e.Data, listening);
        process.ErrorDataReceived += (_, e) => OnLine(e.Data, listening);
        process.Exited += (_, _) => listening.TrySetException(new InvalidOperationException($"The published app exited:\n{Log}"));
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            return await listening.Task.WaitAsync(StartTimeout);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"The published app did not listen within {StartTimeout}:\n{Log}");
        }
    }

    private void OnLine(string? line, TaskCompletionSource<Uri> listening)
    {
        if (line is null) return;
        lock (log) log.AppendLine(line);
        if (ListeningOn().Match(line) is { Success: true } match) listening.TrySetResult(new Uri(match.Groups[1].Value));
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "InventoryAdmin.sln"))) return dir.FullName;
        throw new InvalidOperationException("InventoryAdmin.sln not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"Now listening on: (http://127\.0\.0\.1:\d+)")]
    private static partial Regex ListeningOn();
}
