using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Workflow.Hosting.Running;
using Workflow.Hosting.Text;

namespace Workflow.Sandbox.Serving;

/// <summary>
/// Reads a request's JSON body. Only <c>application/json</c> is taken: a page on another origin cannot send that
/// without a CORS preflight, which this app never answers, so it cannot run actions with the saved connection.
/// </summary>
internal static class RequestBody
{
    private const int MaxBytes = 1024 * 1024;

    /// <summary>The body (an empty body is <c>{}</c>), or null with <paramref name="error"/> set to the response.</summary>
    public static async Task<(JsonNode? Body, IResult? Error)> ReadAsync(HttpContext context, BuilderSession session, CancellationToken cancellationToken)
    {
        var masker = session.Sandbox.Masker;
        if (!context.Request.HasJsonContentType())
        {
            return (null, ApiResults.Problem(masker, StatusCodes.Status415UnsupportedMediaType, HostErrorCodes.InvalidJson,
                "Send the body as JSON with Content-Type: application/json."));
        }

        if (context.Request.ContentLength > MaxBytes)
        {
            return (null, ApiResults.Problem(masker, StatusCodes.Status413PayloadTooLarge, HostErrorCodes.InvalidJson, $"The body is larger than {MaxBytes} bytes."));
        }

        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, cancellationToken);
        if (StrictText.Decode(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), out var problem) is not { } text)
        {
            return (null, ApiResults.Problem(masker, StatusCodes.Status400BadRequest, HostErrorCodes.InvalidJson, $"The body {problem}."));
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return (new JsonObject(), null);
        }

        try
        {
            return (JsonText.Parse(text), null);
        }
        catch (JsonException ex)
        {
            return (null, ApiResults.Problem(masker, StatusCodes.Status400BadRequest, HostErrorCodes.InvalidJson, $"The body is not valid JSON: {ex.Message}"));
        }
    }
}
