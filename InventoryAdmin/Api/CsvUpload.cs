using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;
using Microsoft.OpenApi;

namespace InventoryAdmin.Api;

/// <summary>A CSV sent to the API either as the <c>file</c> field of a multipart form (a browser or curl -F) or as the raw body (text/csv).</summary>
internal static class CsvUpload
{
    public const string FormField = "file";

    private static readonly string[] CsvMediaTypes = ["text/csv", "application/csv", "text/plain"];

    /// <summary>The CSV's content (null when the request carries none in either form), or a 400 when the body is not the form its header says.</summary>
    public static async Task<(Stream? Csv, ProblemHttpResult? Refused)> OpenAsync(HttpRequest request, CancellationToken ct)
    {
        if (request.HasFormContentType)
        {
            try
            {
                var form = await request.ReadFormAsync(ct);
                return (form.Files.GetFile(FormField)?.OpenReadStream(), null);
            }
            catch (Exception ex) when (ex is IOException or InvalidDataException or InvalidOperationException
                && ex is not BadHttpRequestException && !ct.IsCancellationRequested)
            {
                return (null, Problem(request, StatusCodes.Status400BadRequest,
                    $"The body is not the multipart/form-data its Content-Type says ({ex.Message}). " + HowToSend));
            }
        }

        var csv = MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
            && CsvMediaTypes.Contains(type.MediaType.Value, StringComparer.OrdinalIgnoreCase) ? request.Body : null;
        return (csv, null);
    }

    /// <summary>400 for a form without the file field, 415 for any other kind of body; the message says how to send the file.</summary>
    public static ProblemHttpResult Missing(HttpRequest request) =>
        Problem(request, request.HasFormContentType ? StatusCodes.Status400BadRequest : StatusCodes.Status415UnsupportedMediaType, HowToSend);

    private static string HowToSend => $"Send the CSV as the '{FormField}' field of a multipart/form-data upload, or as a text/csv body.";

    private static ProblemHttpResult Problem(HttpRequest request, int status, string message) =>
        TypedResults.Problem(new HttpValidationProblemDetails(new Dictionary<string, string[]> { [FormField] = [message] })
        {
            Status = status,
            Title = ApiProblemTitles.For(status),
            Detail = message,
            Instance = request.Path,
        });

    /// <summary>
    /// Describes both request bodies in the OpenAPI document. Not through <c>Accepts</c>: that metadata also makes routing
    /// answer other content types with a bare 415, where this API answers with problem details saying how to send the file.
    /// </summary>
    public static RouteHandlerBuilder DescribeCsvUpload(this RouteHandlerBuilder endpoint) =>
        endpoint.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            var file = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" };
            operation.RequestBody = new OpenApiRequestBody
            {
                Required = true,
                Description = "The CSV: a header (sku, upc, locationCode, quantity, storageLocation, one column per tag) and one line per count.",
                Content = new Dictionary<string, OpenApiMediaType>
                {
                    ["multipart/form-data"] = new()
                    {
                        Schema = new OpenApiSchema
                        {
                            Type = JsonSchemaType.Object,
                            Properties = new Dictionary<string, IOpenApiSchema> { [FormField] = file },
                            Required = new HashSet<string> { FormField },
                        },
                    },
                    ["text/csv"] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.String } },
                },
            };
            return Task.CompletedTask;
        });
}
