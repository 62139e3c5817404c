using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace InventoryAdmin.Tests.Api.Hardening;

/// <summary>One operation of the OpenAPI document, and the bad requests <see cref="OpenApiWalkTests"/> sends it.</summary>
internal sealed class ApiOperation(string method, string template, JsonNode operation, JsonNode? schemas)
{
    public const string Malformed = "malformed";
    public const string UnknownProperty = "unknownProperty";
    public const string ControlCharacter = "controlChar";
    public const string UnknownName = "zzNotAField";

    private JsonObject? Content => operation["requestBody"]?["content"] as JsonObject;

    public IEnumerable<(string Variant, HttpRequestMessage Request)> BadRequests(string control)
    {
        var json = Content?["application/json"];
        if (json is not null)
        {
            yield return (Malformed, Request(Path("1"), Query("x"), JsonBody("{\"items\": [ {\"sku\": ")));
            if (Sample(json["schema"], "x", 0) is JsonObject body)
            {
                body[UnknownName] = true;
                yield return (UnknownProperty, Request(Path("1"), "", JsonBody(body.ToJsonString())));
            }

            yield return (ControlCharacter, Request(Path(control), Query(control), JsonBody(Sample(json["schema"], control, 0)?.ToJsonString() ?? "{}")));
        }
        else if (Content is not null)
        {
            var multipart = new StringContent("sku,locationCode,quantity\nA,B,1\n");
            multipart.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=----nope");
            yield return (Malformed, Request(Path("1"), Query("x"), multipart));
            yield return (ControlCharacter, Request(Path(control), Query(control),
                new StringContent($"sku,locationCode,quantity\n{control},{control},1\n", Encoding.UTF8, "text/csv")));
        }
        else
        {
            yield return (Malformed, Request(Path("1"), Query("x"), null));
            yield return (ControlCharacter, Request(Path(control), Query(control), null));
        }
    }

    private HttpRequestMessage Request(string path, string query, HttpContent? content) =>
        new(new HttpMethod(method), path + query) { Content = content };

    private static StringContent JsonBody(string json) => new(json, Encoding.UTF8, "application/json");

    private IEnumerable<JsonNode> Parameters(string location) =>
        (operation["parameters"] as JsonArray ?? []).OfType<JsonNode>().Where(p => (string?)p["in"] == location);

    /// <summary>The path with every parameter filled: integer ones with 1, text ones with the value given.</summary>
    private string Path(string text)
    {
        var path = template;
        foreach (var parameter in Parameters("path"))
        {
            var value = IsInteger(parameter["schema"]) ? "1" : text;
            path = path.Replace("{" + (string)parameter["name"]! + "}", Uri.EscapeDataString(value));
        }

        return path;
    }

    /// <summary>Every query parameter set to the value given (a wrong type for numbers and flags).</summary>
    private string Query(string text)
    {
        var pairs = Parameters("query").Select(p => $"{(string)p["name"]!}={Uri.EscapeDataString(text)}").ToList();
        return pairs.Count == 0 ? "" : "?" + string.Join("&", pairs);
    }

    private static bool IsInteger(JsonNode? schema) => Types(schema).Contains("integer");

    private static string[] Types(JsonNode? schema) => schema?["type"] switch
    {
        JsonArray many => many.Select(t => (string)t!).ToArray(),
        JsonValue one => [(string)one!],
        _ => [],
    };

    /// <summary>A body that fits the schema, every text in it set to the value given.</summary>
    private JsonNode? Sample(JsonNode? schema, string text, int depth)
    {
        if (schema is null || depth > 6) return null;
        if (schema["$ref"] is JsonValue reference)
            return Sample(schemas?[((string)reference!).Split('/')[^1]], text, depth + 1);
        if ((schema["oneOf"] ?? schema["anyOf"] ?? schema["allOf"]) is JsonArray options)
            return options.Select(o => Sample(o, text, depth + 1)).FirstOrDefault(o => o is not null);
        if (schema["enum"] is JsonArray values && values.FirstOrDefault(v => v is not null) is { } first) return first.DeepClone();

        var types = Types(schema);
        if (types.Contains("object") || schema["properties"] is not null || schema["additionalProperties"] is JsonObject)
        {
            var result = new JsonObject();
            foreach (var (name, property) in schema["properties"] as JsonObject ?? [])
                result[name] = Sample(property, text, depth + 1);
            if (schema["additionalProperties"] is JsonObject extra) result[text] = Sample(extra, text, depth + 1);
            return result;
        }

        if (types.Contains("array")) return new JsonArray(Sample(schema["items"], text, depth + 1));
        if (types.Contains("integer") || types.Contains("number")) return JsonValue.Create(1);
        if (types.Contains("string")) return JsonValue.Create(text);
        if (types.Contains("boolean")) return JsonValue.Create(true);
        return null;
    }
}
