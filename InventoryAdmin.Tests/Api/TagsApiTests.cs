using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using InventoryAdmin.Domain.Model.Stock;
using InventoryAdmin.Identity;
using InventoryAdmin.Tests.Support;

namespace InventoryAdmin.Tests.Api;

public class TagsApiTests : IAsyncLifetime
{
    private static readonly object Channel = new
    {
        name = "Channel",
        values = new object[] { new { name = "Kibo", percent = 80 }, new { name = "Amazon", percent = 10 }, new { name = "Walmart", percent = 10 } },
        defaultValue = "Kibo",
    };

    private readonly InventoryAppFactory app;
    private HttpClient merchandiser = default!;

    public async Task InitializeAsync() => merchandiser = app.CreateApiClient(await app.CreateApiKeyAsync(Roles.Merchandiser));

    public async Task DisposeAsync() => await app.DisposeAsync();

    public TagsApiTests()
        : this(null)
    {
    }

    /// <param name="postgreSqlDatabase">Run the app on PostgreSQL, on this (new) database of the test cluster (see the PostgreSQL subclass).</param>
    protected TagsApiTests(string? postgreSqlDatabase) => app = new InventoryAppFactory(postgreSqlDatabase: postgreSqlDatabase);

    [Fact]
    public async Task Post_ValidTag_Returns201WithTheTagAsApiMdShowsIt()
    {
        var response = await merchandiser.PostAsJsonAsync("/api/v1/tags", Channel);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("/api/v1/tags/Channel", response.Headers.Location?.OriginalString);
        var tag = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Channel", tag.GetProperty("name").GetString());
        Assert.Equal("percentage", tag.GetProperty("mode").GetString());
        Assert.Equal("Kibo", tag.GetProperty("defaultValue").GetString());
        var values = tag.GetProperty("values").EnumerateArray().ToList();
        Assert.Equal(["Kibo", "Amazon", "Walmart"], values.Select(v => v.GetProperty("name").GetString()));
        Assert.Equal([80m, 10m, 10m], values.Select(v => v.GetProperty("percent").GetDecimal()));
        Assert.All(values, v => Assert.False(v.TryGetProperty("id", out _)));

        var list = await merchandiser.GetFromJsonAsync<JsonElement>("/api/v1/tags");
        Assert.Equal("Channel", list[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task Post_PercentagesSummingTo9999_Returns422NamingTheRuleAndSavesNothing()
    {
        var before = await SnapshotAsync();
        var body = new
        {
            name = "Thirds",
            values = new object[] { new { name = "A", percent = 33.33 }, new { name = "B", percent = 33.33 }, new { name = "C", percent = 33.33 } },
            defaultValue = "A",
        };

        var problem = await ProblemAssert.IsProblemAsync(await merchandiser.PostAsJsonAsync("/api/v1/tags", body), HttpStatusCode.UnprocessableEntity);

        Assert.Contains("99.99", Assert.Single(ProblemAssert.ErrorsFor(problem, "values")));
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task Post_DuplicateValueAndThreeDecimals_Returns422WithFieldLevelErrors()
    {
        var body = new
        {
            name = "Condition",
            values = new object[] { new { name = "New", percent = 50.125 }, new { name = "new", percent = (decimal?)null } },
            defaultValue = "New",
        };

        var problem = await ProblemAssert.IsProblemAsync(await merchandiser.PostAsJsonAsync("/api/v1/tags", body), HttpStatusCode.UnprocessableEntity);

        Assert.NotEmpty(ProblemAssert.ErrorsFor(problem, "values[1].name"));
        Assert.NotEmpty(ProblemAssert.ErrorsFor(problem, "values[0].percent"));
    }

    [Fact]
    public async Task Post_DuplicateNameInOtherCase_Returns409AndSavesNothing()
    {
        await merchandiser.PostAsJsonAsync("/api/v1/tags", Channel);
        var before = await SnapshotAsync();
        var body = new { name = " channel ", values = new[] { new { name = "X", percent = (decimal?)null } }, defaultValue = "X" };

        var problem = await ProblemAssert.IsProblemAsync(await merchandiser.PostAsJsonAsync("/api/v1/tags", body), HttpStatusCode.Conflict);

        Assert.Contains("already exists", ProblemAssert.ErrorsFor(problem, "name")[0]);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Theory]
    [InlineData("{ \"name\": \"Channel\", ")]
    [InlineData("{ \"name\": \"Channel\", \"values\": [ { \"name\": \"A\", \"percent\": \"lots\" } ], \"defaultValue\": \"A\" }")]
    public async Task Post_MalformedJson_Returns400ProblemAndSavesNothing(string json)
    {
        var before = await SnapshotAsync();

        var response = await merchandiser.PostAsync("/api/v1/tags", new StringContent(json, Encoding.UTF8, "application/json"));

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.TryGetProperty("errors", out _));
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task Get_UnknownTag_Returns404Problem()
    {
        var problem = await ProblemAssert.IsProblemAsync(await merchandiser.GetAsync("/api/v1/tags/Nope"), HttpStatusCode.NotFound);

        Assert.Contains("Nope", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Put_RenamesTagAndReordersValues()
    {
        await merchandiser.PostAsJsonAsync("/api/v1/tags", Channel);
        var body = new
        {
            name = "SalesChannel",
            values = new object[] { new { name = "Amazon", percent = 20 }, new { name = "Kibo", percent = 70 }, new { name = "Walmart", percent = 10 } },
            defaultValue = "Kibo",
        };

        var response = await merchandiser.PutAsJsonAsync("/api/v1/tags/Channel", body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var tag = await merchandiser.GetFromJsonAsync<JsonElement>("/api/v1/tags/SalesChannel");
        Assert.Equal(["Amazon", "Kibo", "Walmart"], tag.GetProperty("values").EnumerateArray().Select(v => v.GetProperty("name").GetString()));
        Assert.Equal(HttpStatusCode.NotFound, (await merchandiser.GetAsync("/api/v1/tags/Channel")).StatusCode);
    }

    [Fact]
    public async Task Put_ModeSwitchWithoutConfirmation_Returns422AndKeepsTheTag_WithConfirmationSwitches()
    {
        await merchandiser.PostAsJsonAsync("/api/v1/tags", Channel);
        var before = await SnapshotAsync();
        var discrete = new
        {
            name = "Channel",
            values = new object[] { new { name = "Kibo", percent = (decimal?)null }, new { name = "Amazon", percent = (decimal?)null } },
            defaultValue = "Kibo",
        };

        var refused = await ProblemAssert.IsProblemAsync(await merchandiser.PutAsJsonAsync("/api/v1/tags/Channel", discrete), HttpStatusCode.UnprocessableEntity);
        Assert.NotEmpty(ProblemAssert.ErrorsFor(refused, "confirmModeChange"));
        Assert.Equal(before, await SnapshotAsync());

        var confirmed = await merchandiser.PutAsJsonAsync("/api/v1/tags/Channel", new { discrete.name, discrete.values, discrete.defaultValue, confirmModeChange = true });
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Equal("discrete", (await confirmed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("mode").GetString());
    }

    [Fact]
    public async Task Delete_TagHoldingStock_Returns422SayingHowManyUnitsWhere_AndKeepsIt()
    {
        await merchandiser.PostAsJsonAsync("/api/v1/tags", Channel);
        await using (var db = app.CreateDbContext())
        {
            var product = new Product("SKU-1", "Shirt");
            var location = new Location("Retailer2", "Retailer 2");
            db.AddRange(product, location);
            await db.SaveChangesAsync();
            var amazon = db.TagValues.Single(v => v.Name == "Amazon");
            db.StockRows.Add(new StockRow(product.Id, location.Id, StoredSegment.Encode([amazon.Id]), 7));
            await db.SaveChangesAsync();
        }

        var before = await SnapshotAsync();

        var problem = await ProblemAssert.IsProblemAsync(await merchandiser.DeleteAsync("/api/v1/tags/Channel"), HttpStatusCode.UnprocessableEntity);

        var detail = problem.GetProperty("detail").GetString()!;
        Assert.Contains("7 units", detail);
        Assert.Contains("Retailer2", detail);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task Delete_UnusedTag_Returns204AndItIsGone()
    {
        await merchandiser.PostAsJsonAsync("/api/v1/tags", Channel);

        Assert.Equal(HttpStatusCode.NoContent, (await merchandiser.DeleteAsync("/api/v1/tags/Channel")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await merchandiser.GetAsync("/api/v1/tags/Channel")).StatusCode);
    }

    [Fact]
    public async Task Settings_PutThenGet_RoundTripsTagsEnabled()
    {
        Assert.False((await merchandiser.GetFromJsonAsync<JsonElement>("/api/v1/settings/inventory")).GetProperty("tagsEnabled").GetBoolean());

        var put = await merchandiser.PutAsJsonAsync("/api/v1/settings/inventory", new { tagsEnabled = true });

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.True((await merchandiser.GetFromJsonAsync<JsonElement>("/api/v1/settings/inventory")).GetProperty("tagsEnabled").GetBoolean());
    }

    private async Task<string> SnapshotAsync()
    {
        await using var db = app.CreateDbContext();
        return await StoreSnapshot.TakeAsync(db);
    }
}
