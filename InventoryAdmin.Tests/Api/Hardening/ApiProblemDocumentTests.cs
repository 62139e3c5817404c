using System.Net;
using System.Net.Http.Headers;
using System.Text;
using InventoryAdmin.Identity;
using InventoryAdmin.Tests.Api.Inventory;
using InventoryAdmin.Tests.Support;

namespace InventoryAdmin.Tests.Api.Hardening;

/// <summary>Bad input never gets a 5xx, and every refusal from /api is a problem document (issue 18, item 1).</summary>
public class ApiProblemDocumentTests : IAsyncLifetime
{
    private readonly InventoryAppFactory app;
    private InventoryArrange arrange = default!;
    private HttpClient admin = default!;

    public ApiProblemDocumentTests()
        : this(null)
    {
    }

    /// <param name="postgreSqlDatabase">Run the app on PostgreSQL, on this (new) database of the test cluster (see the PostgreSQL subclass).</param>
    protected ApiProblemDocumentTests(string? postgreSqlDatabase) => app = new InventoryAppFactory(postgreSqlDatabase: postgreSqlDatabase);

    public async Task InitializeAsync()
    {
        arrange = await InventoryArrange.CreateAsync(app);
        admin = app.CreateApiClient(app.BootstrapKey);
        await arrange.LocationAsync("DC-East", "DC East");
        await arrange.ProductAsync("TEE-1", "Tee");
        await arrange.RefreshAsync(new { sku = "TEE-1", locationCode = "DC-East", quantity = 5 });
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Theory]
    [InlineData("POST", "/api/v1/tags", "{\"name\":\"Channel\",\"values\":[{\"name\":\"A\",\"percent\":100}],\"defaultValue\":\"A\"}")]
    [InlineData("POST", "/api/v1/inventory/refresh", "{\"items\":[{\"sku\":\"TEE-1\",\"locationCode\":\"DC-East\",\"quantity\":9}]}")]
    [InlineData("PUT", "/api/v1/locations/DC-West", "{\"name\":\"DC West\"}")]
    [InlineData("POST", "/api/v1/orders", "{\"externalId\":\"W-1\",\"items\":[{\"sku\":\"TEE-1\",\"quantity\":1}]}")]
    public async Task JsonBody_WithAnUnknownCharset_Returns415ProblemAndChangesNothing(string method, string path, string json)
    {
        var before = await InventoryStoreSnapshot.TakeAsync(app);
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(json));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/json; charset=ebcdic");

        var response = await admin.SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = content });

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
        Assert.Contains("ebcdic", problem.GetProperty("detail").GetString());
        Assert.Equal(before, await InventoryStoreSnapshot.TakeAsync(app));
    }

    [Fact]
    public async Task Import_WithAMultipartHeaderButAPlainBody_Returns400ProblemAndImportsNothing()
    {
        var before = await InventoryStoreSnapshot.TakeAsync(app);
        var content = new StringContent("sku,locationCode,quantity\nTEE-1,DC-East,99\n");
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=----nope");

        var response = await arrange.Stock.PostAsync("/api/v1/inventory/import", content);

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.NotEmpty(ProblemAssert.ErrorsFor(problem, "file"));
        Assert.Equal(before, await InventoryStoreSnapshot.TakeAsync(app));
    }

    [Fact]
    public async Task JsonEndpoint_WithAPlainTextBody_Returns415Problem()
    {
        var response = await arrange.Stock.PostAsync("/api/v1/inventory/refresh", new StringContent("TEE-1,DC-East,9", Encoding.UTF8, "text/plain"));

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
        Assert.Contains("application/json", problem.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("GET", "/api/v1/redistributions/abc")]
    [InlineData("POST", "/api/v1/redistributions/abc/cancel")]
    [InlineData("GET", "/api/v1/no-such-thing")]
    public async Task UnknownRouteOrNonNumericId_Returns404Problem(string method, string path)
    {
        var response = await admin.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
        Assert.Equal(path, problem.GetProperty("instance").GetString());
    }

    [Fact]
    public async Task WrongMethod_Returns405Problem()
    {
        var response = await admin.DeleteAsync("/api/v1/inventory/refresh");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.MethodNotAllowed);
    }

    [Theory]
    [InlineData("null")]
    [InlineData("")]
    public async Task NullOrEmptyBody_Returns400ProblemSayingAJsonObjectIsNeeded(string json)
    {
        var before = await InventoryStoreSnapshot.TakeAsync(app);

        var response = await arrange.Stock.PostAsync("/api/v1/inventory/refresh", new StringContent(json, Encoding.UTF8, "application/json"));

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        var detail = problem.GetProperty("detail").GetString()!;
        Assert.DoesNotContain("Implicit body inferred", detail);
        Assert.Contains("JSON object", detail);
        Assert.NotEmpty(ProblemAssert.ErrorsFor(problem, "body"));
        Assert.Equal(before, await InventoryStoreSnapshot.TakeAsync(app));
    }

    [Fact]
    public async Task QueryValueOfTheWrongType_Returns400ProblemNamingTheParameter()
    {
        var response = await arrange.Stock.GetAsync("/api/v1/inventory?page=two");

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.NotEmpty(ProblemAssert.ErrorsFor(problem, "page"));
    }

    [Fact]
    public async Task RefusalsCarryATraceIdForSupport()
    {
        var problem = await ProblemAssert.IsProblemAsync(await admin.GetAsync("/api/v1/tags/Nope"), HttpStatusCode.NotFound);

        Assert.False(string.IsNullOrEmpty(problem.GetProperty("traceId").GetString()));
        Assert.Equal("Not found.", problem.GetProperty("title").GetString());
    }
}
