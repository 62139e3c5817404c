using InventoryAdmin;
using InventoryAdmin.Api;
using InventoryAdmin.Bench;
using InventoryAdmin.Components;
using InventoryAdmin.Domain;
using Serilog;

if (BenchCommand.Handles(args))
{
    Environment.ExitCode = await BenchCommand.RunAsync(args);
    return;
}

var builder = WebApplication.CreateBuilder(args);
builder.Configuration.AddRepositorySettings(builder.Environment);
// The framework's and MudBlazor's files live outside wwwroot until the app is published. The host maps them in
// only in Development, so `dotnet run` in any other environment answered 500 for blazor.web.js. A published app
// has no runtime manifest, so there this is a no-op and MapStaticAssets serves the published wwwroot.
builder.WebHost.UseStaticWebAssets();

builder.Services.AddInventoryDomain();
builder.Services.AddWebServices(builder.Configuration);
builder.Services.AddInventoryApi();
builder.Services.AddSecurityHeaders();

var app = builder.Build();

if (!app.Environment.IsDevelopment())
    app.UseExceptionHandler("/Error", createScopeForErrors: true);
app.UseRequestLocalization("en-US");
app.UseSerilogRequestLogging();
app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
app.UseStatusCodePagesOnlyForPages();
// After the status code pages: a re-executed /not-found is routed there, and its endpoint carries authorization metadata.
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();

app.MapStaticAssets();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
app.MapAdditionalIdentityEndpoints();
app.MapInventoryApi();

await app.PrepareDatabaseAsync();
app.Run();

public partial class Program;
