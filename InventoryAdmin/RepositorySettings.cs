namespace InventoryAdmin;

/// <summary>
/// The app's one configuration file is appsettings.json at the repository root. The app finds it whether it
/// is started from the root (dotnet run --project InventoryAdmin) or from InventoryAdmin/ or its bin folder.
/// Environment variables (A__B) and the command line still override it.
/// </summary>
internal static class RepositorySettings
{
    public const string FileName = "appsettings.json";

    public static void AddRepositorySettings(this ConfigurationManager configuration, IHostEnvironment environment, string[] args)
    {
        var file = Find(environment.ContentRootPath) ?? Find(AppContext.BaseDirectory) ?? Find(Directory.GetCurrentDirectory());
        if (file is null) return;
        configuration.AddJsonFile(file, optional: false, reloadOnChange: false);
        configuration.AddEnvironmentVariables();
        configuration.AddCommandLine(args);
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
