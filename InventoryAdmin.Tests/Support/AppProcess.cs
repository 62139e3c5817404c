using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace InventoryAdmin.Tests.Support;

/// <summary>
/// The app started as a real process of its own (not a test host) in Production, listening on a free 127.0.0.1
/// port (it is told port 0 and reports the one it got), with its console kept for the test. Killed by PID.
/// </summary>
public sealed partial class AppProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);
    private readonly StringBuilder log = new();
    private readonly Process process;

    private AppProcess(Process process) => this.process = process;

    public Uri BaseAddress { get; private set; } = default!;

    /// <summary>What the app wrote to its console so far.</summary>
    public string Log { get { lock (log) return log.ToString(); } }

    /// <summary>Runs <c>dotnet {dll}</c> from <paramref name="workingDirectory"/> (its content root) with these settings added to the environment.</summary>
    public static async Task<AppProcess> StartAsync(string dll, string workingDirectory, IReadOnlyDictionary<string, string> settings)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { dll },
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var inherited in new[] { "ASPNETCORE_URLS", "ASPNETCORE_HTTP_PORTS", "DOTNET_ENVIRONMENT", "ASPNETCORE_HOSTINGSTARTUPASSEMBLIES" })
            start.Environment.Remove(inherited);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Urls"] = "http://127.0.0.1:0";
        foreach (var (key, value) in settings) start.Environment[key] = value;

        var app = new AppProcess(new Process { StartInfo = start, EnableRaisingEvents = true });
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        app.process.OutputDataReceived += (_, e) => app.OnLine(e.Data, listening);
        app.process.ErrorDataReceived += (_, e) => app.OnLine(e.Data, listening);
        app.process.Exited += (_, _) => listening.TrySetException(new InvalidOperationException($"The app exited:\n{app.Log}"));
        app.process.Start();
        app.process.BeginOutputReadLine();
        app.process.BeginErrorReadLine();
        try
        {
            app.BaseAddress = await listening.Task.WaitAsync(StartTimeout);
            return app;
        }
        catch (Exception e) when (e is TimeoutException or InvalidOperationException)
        {
            await app.DisposeAsync();
            throw new InvalidOperationException($"The app did not start listening within {StartTimeout}:\n{app.Log}", e);
        }
    }

    /// <summary>The repository root (the folder with InventoryAdmin.sln).</summary>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "InventoryAdmin.sln"))) return dir.FullName;
        throw new InvalidOperationException("InventoryAdmin.sln not found above " + AppContext.BaseDirectory);
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited) process.Kill();
        await process.WaitForExitAsync();
        process.Dispose();
    }

    private void OnLine(string? line, TaskCompletionSource<Uri> listening)
    {
        if (line is null) return;
        lock (log) log.AppendLine(line);
        if (ListeningOn().Match(line) is { Success: true } match) listening.TrySetResult(new Uri(match.Groups[1].Value));
    }

    [GeneratedRegex(@"Now listening on: (http://127\.0\.0\.1:\d+)")]
    private static partial Regex ListeningOn();
}
