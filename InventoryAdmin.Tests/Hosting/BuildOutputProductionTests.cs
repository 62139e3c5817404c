using System.Net;
using InventoryAdmin.Tests.Support;

namespace InventoryAdmin.Tests.Hosting;

/// <summary>
/// <c>dotnet run --project InventoryAdmin --no-launch-profile</c>: the build output started from the project folder
/// (its content root, as dotnet run does) in Production. The framework's and MudBlazor's files are not in the
/// project's wwwroot until publish; they used to answer 500, so no page ever became interactive.
/// </summary>
public sealed class BuildOutputProductionTests
{
    [Fact]
    public async Task BuildOutput_InProductionFromTheProjectFolder_ServesTheFrameworkAndMudBlazorFiles()
    {
        var project = Path.Combine(AppProcess.RepositoryRoot(), "InventoryAdmin");
        var dll = Path.Combine(project, "bin", PublishedApp.BuildConfiguration, "net10.0", "InventoryAdmin.dll");
        var temp = Directory.CreateTempSubdirectory("inventoryadmin-run-");
        try
        {
            await using (var app = await AppProcess.StartAsync(dll, project, new Dictionary<string, string>
            {
                ["Demo__Seed"] = "false",
                ["ConnectionStrings__Inventory"] = $"Data Source={Path.Combine(temp.FullName, "inventory.db")}",
                ["Serilog__WriteTo__1__Args__path"] = Path.Combine(temp.FullName, "logs", "app-.log"),
            }))
            {
                using var client = new HttpClient { BaseAddress = app.BaseAddress };
                foreach (var path in new[] { "_framework/blazor.web.js", "_content/MudBlazor/MudBlazor.min.js", "_content/MudBlazor/MudBlazor.min.css", "app.css" })
                {
                    var response = await client.GetAsync(path);
                    Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path} answered {(int)response.StatusCode}");
                    Assert.True((await response.Content.ReadAsByteArrayAsync()).Length > 1000, $"{path} is empty");
                }
            }
        }
        finally
        {
            temp.Delete(recursive: true);
        }
    }
}
