using InventoryAdmin.Domain.Store;
using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.Configuration.Memory;

namespace InventoryAdmin;

/// <summary>
/// The app's one configuration file is appsettings.json at the repository root. The app finds it whether it
/// is started from the root (dotnet run --project InventoryAdmin) or from InventoryAdmin/ or its bin folder.
/// It takes the place of the usual content-root appsettings.json, so environment variables (A__B), the
/// command line and test hosts still override it.
/// </summary>
internal static class RepositorySettings
{
    public const string FileName = "appsettings.json";

    public static void AddRepositorySettings(this ConfigurationManager configuration, IHostEnvironment environment)
    {
        var file = Find(environment.ContentRootPath) ?? Find(AppContext.BaseDirectory) ?? Find(Directory.GetCurrentDirectory());
        if (file is null) return;

        var source = new JsonConfigurationSource { Path = file, Optional = false, ReloadOnChange = false };
        source.ResolveFileProvider();
        var sources = configuration.Sources;
        var standard = sources.ToList().FindIndex(s => s is JsonConfigurationSource { Path: FileName });
        sources.Insert(standard + 1, source);
        // Relative SQLite paths are relative to this file's folder, wherever the process was started.
        var root = new MemoryConfigurationSource { InitialData = [new(InventoryDatabase.BaseDirectorySetting, Path.GetDirectoryName(file))] };
        sources.Insert(standard + 1, root);
    }

    private static string? Find(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, FileName);
            if (File.Exists(candidate)) return candidate;
        }

        return null;
    }
}
