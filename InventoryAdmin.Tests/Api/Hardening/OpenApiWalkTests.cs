using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using InventoryAdmin.Identity;
using InventoryAdmin.Tests.Support;
using Xunit.Abstractions;

namespace InventoryAdmin.Tests.Api.Hardening;

/// <summary>
/// Walks /openapi/v1.json and sends every operation, with an Admin key, a malformed body, a body with an unknown property
/// and a control character in its path, query and body text: no answer is a 5xx and every refusal is a problem document.
/// </summary>
public class OpenApiWalkTests : IAsyncLifetime
{
    private const string Control = "A\u0001B";
    private readonly InventoryAppFactory app;
    private readonly ITestOutputHelper output;

    private HttpClient admin = default!;

    public OpenApiWalkTests(ITestOutputHelper output)
        : this(output, null)
    {
    }

    /// <param name="postgreSqlDatabase">Run the app on PostgreSQL, on this (new) database of the test cluster (see the PostgreSQL subclass).</param>
    protected OpenApiWalkTests(ITestOutputHelper output, string? postgreSqlDatabase)
    {
        this.output = output;
        app = new InventoryAppFactory(seedDemo: true, realServer: true, postgreSqlDatabase: postgreSqlDatabase);
    }

    public Task InitializeAsync()
    {
        app.StartServer();
        admin = new HttpClient { BaseAddress = app.ClientOptions.BaseAddress };
        admin.DefaultRequestHeaders.Add(ApiKeyAuthenticationHandler.HeaderName, app.BootstrapKey);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        admin.Dispose();
        await app.DisposeAsync();
    }

    [Fact]
    public async Task EveryOperation_AnswersBadInputWithA4xxProblem_NeverA5xx()
    {
        var document = JsonNode.Parse(await admin.GetStringAsync("/openapi/v1.json"))!;
        var schemas = document["components"]?["schemas"];
        var answers = new List<(string Variant, string Operation, int Status, string? MediaType, string Body)>();
        var operations = 0;

        foreach (var (template, item) in document["paths"]!.AsObject())
        {
            if (!template.StartsWith("/api/", StringComparison.Ordinal)) continue;
            foreach (var (method, operationNode) in item!.AsObject())
            {
                if (method is "parameters" or "summary" or "description") continue;
                operations++;
                var operation = new ApiOperation(method.ToUpperInvariant(), template, operationNode!, schemas);
                foreach (var (variant, request) in operation.BadRequests(Control))
                {
                    var response = await admin.SendAsync(request);
                    answers.Add((variant, $"{request.Method} {template}", (int)response.StatusCode, response.Content.Headers.ContentType?.MediaType,
                        await response.Content.ReadAsStringAsync()));
                }
            }
        }

        foreach (var group in answers.GroupBy(a => a.Variant))
            output.WriteLine($"{group.Key,-14} " + string.Join(", ", group.GroupBy(a => a.Status).OrderBy(g => g.Key).Select(g => $"{g.Key}×{g.Count()}")));
        output.WriteLine($"{operations} operations, {answers.Count} requests: " +
            string.Join(", ", answers.GroupBy(a => a.Status).OrderBy(g => g.Key).Select(g => $"{g.Key}×{g.Count()}")));

        Assert.True(operations > 40, $"Only {operations} operations in the OpenAPI document.");
        var serverErrors = answers.Where(a => a.Status >= 500).Select(a => $"{a.Variant}: {a.Operation} → {a.Status} {a.Body}").ToList();
        Assert.True(serverErrors.Count == 0, "5xx answers:\n" + string.Join("\n", serverErrors));
        var bare = answers.Where(a => a.Status >= 400 && !IsProblem(a.MediaType, a.Body, a.Status))
            .Select(a => $"{a.Variant}: {a.Operation} → {a.Status} {a.MediaType} '{a.Body}'").ToList();
        Assert.True(bare.Count == 0, "Refusals that are not problem documents:\n" + string.Join("\n", bare));
        var widened = answers.Where(a => a.Variant == ApiOperation.UnknownProperty && (a.Status != 400 || !a.Body.Contains(ApiOperation.UnknownName)))
            .Select(a => $"{a.Operation} → {a.Status} {a.Body}").ToList();
        Assert.True(widened.Count == 0, "An unknown property was not refused with a 400 naming it:\n" + string.Join("\n", widened));
    }

    private static bool IsProblem(string? mediaType, string body, int status)
    {
        if (mediaType != "application/problem+json") return false;
        using var json = JsonDocument.Parse(body);
        return json.RootElement.TryGetProperty("status", out var s) && s.GetInt32() == status && json.RootElement.TryGetProperty("title", out _);
    }
}
