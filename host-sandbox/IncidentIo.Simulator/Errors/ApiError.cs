using System.Text.Json.Nodes;
using IncidentIo.Simulator.Json;

namespace IncidentIo.Simulator.Errors;

/// <summary>
/// An error in incident.io's format: {type, status, request_id, errors:[{code, message, source:{field}}]}.
/// request_id is the request's X-Request-Id (see RequestIdMiddleware).
/// </summary>
internal sealed class ApiError(int status, string type, IReadOnlyList<ApiErrorDetail> errors) : IResult
{
    public int Status => status;

    public string Type => type;

    public IReadOnlyList<ApiErrorDetail> Errors => errors;

    /// <summary>Extra top-level members, e.g. the 429 body's rate_limit object.</summary>
    public JsonObject? Extra { get; init; }

    /// <summary>When set, sent as the Retry-After header (seconds).</summary>
    public int? RetryAfterSeconds { get; init; }

    public static ApiError Validation(IReadOnlyList<ApiErrorDetail> errors) => new(422, "validation_error", errors);

    public static ApiError Validation(string code, string message, string field) => Validation([new ApiErrorDetail(code, message, field)]);

    public static ApiError NotFound(string message) => new(404, "not_found", [new ApiErrorDetail("not_found", message)]);

    public static ApiError BadRequest(string message) => new(400, "bad_request", [new ApiErrorDetail("bad_request", message)]);

    public JsonObject ToJson(string requestId)
    {
        var body = new JsonObject { ["type"] = type, ["status"] = status, ["request_id"] = requestId };
        foreach (var (name, value) in Extra ?? [])
        {
            body[name] = value?.DeepClone();
        }

        body["errors"] = new JsonArray(errors.Select(ToJson).ToArray<JsonNode?>());
        return body;
    }

    public Task ExecuteAsync(HttpContext httpContext)
    {
        if (RetryAfterSeconds is { } seconds)
        {
            httpContext.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return SimulatorJson.WriteAsync(httpContext, status, ToJson(httpContext.TraceIdentifier));
    }

    private static JsonObject ToJson(ApiErrorDetail detail)
    {
        var node = new JsonObject { ["code"] = detail.Code, ["message"] = detail.Message };
        if (detail.Field is not null)
        {
            node["source"] = new JsonObject { ["field"] = detail.Field };
        }

        return node;
    }
}
