using System.Net;
using System.Text.Json;

namespace InventoryAdmin.Tests.Support;

public static class ProblemAssert
{
    /// <summary>Asserts an RFC 7807 answer with the status, and returns its document.</summary>
    public static async Task<JsonElement> IsProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"Expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var doc = JsonDocument.Parse(body).RootElement;
        Assert.Equal((int)status, doc.GetProperty("status").GetInt32());
        return doc;
    }

    public static string[] ErrorsFor(JsonElement problem, string field) =>
        problem.TryGetProperty("errors", out var errors) && errors.TryGetProperty(field, out var messages)
            ? messages.EnumerateArray().Select(m => m.GetString()!).ToArray()
            : [];
}
