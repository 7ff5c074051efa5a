using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using IncidentIo.Plugin.Client;
using RestSharp;
using Workflow.Abstractions;

namespace IncidentIo.Plugin.Actions.CallApi;

/// <summary>Input of incidentio.call_api: <c>method</c>, <c>path</c> (under base_url), <c>query</c>, <c>body</c> and <c>retry_unsafe</c>.</summary>
internal sealed record CallApiInput
{
    private static readonly Dictionary<string, Method> Methods = new(StringComparer.OrdinalIgnoreCase)
    {
        ["GET"] = RestSharp.Method.Get,
        ["POST"] = RestSharp.Method.Post,
        ["PUT"] = RestSharp.Method.Put,
        ["PATCH"] = RestSharp.Method.Patch,
        ["DELETE"] = RestSharp.Method.Delete,
    };

    // GET when left out, as the manifest's default says.
    public string Method { get; init; } = "GET";

    public string Path { get; init; } = "";

    public JsonElement? Query { get; init; }

    public JsonElement? Body { get; init; }

    public bool RetryUnsafe { get; init; }

    /// <summary>The request for this input, or <c>validation_failed</c> naming every bad field; nothing is sent for a refused path.</summary>
    public static bool TryRead(JsonElement input, [NotNullWhen(true)] out ApiRequest? request, [NotNullWhen(false)] out ActionError? error)
    {
        request = null;
        if (!ActionInput.TryObject(input, out var node, out error) || !ActionInput.TryBind<CallApiInput>(node, out var read, out error))
        {
            return false;
        }

        var problems = new List<ActionErrorDetail>();
        var knownMethod = Methods.TryGetValue(read.Method, out var method);
        if (!knownMethod)
        {
            problems.Add(new("/method", "must be one of GET, POST, PUT, PATCH, DELETE", "invalid_value"));
        }

        if (ApiPath.Problem(read.Path) is { } pathProblem)
        {
            problems.Add(new("/path", pathProblem, "invalid_path"));
        }

        if (knownMethod && method == RestSharp.Method.Get && read.Body is { ValueKind: not JsonValueKind.Null })
        {
            problems.Add(new("/body", "a GET request has no body", "not_allowed"));
        }

        var operation = new ApiOperation(
            method, read.Path, $"call {read.Method.ToUpperInvariant()} {read.Path}", RbacScope: null,
            SafeToRetry: method == RestSharp.Method.Get || read.RetryUnsafe, UserRoute: true);
        var built = new ApiRequest(operation).About($"resource at {read.Path}");
        problems.AddRange(read.QueryInto(built));
        if (read.Body is { ValueKind: not JsonValueKind.Null } body)
        {
            built.WithBody(body);
        }

        if (problems.Count > 0)
        {
            error = ActionInput.Invalid($"Invalid call_api input: {string.Join("; ", problems.Select(p => $"{p.Field} {p.Message}"))}", [.. problems]);
            return false;
        }

        request = built;
        return true;
    }

    private List<ActionErrorDetail> QueryInto(ApiRequest request) => Query switch
    {
        null or { ValueKind: JsonValueKind.Null } => [],
        { ValueKind: JsonValueKind.Object } query => query.EnumerateObject()
            .SelectMany(p => DeepObjectQuery.Add(request, p.Name, p.Value, JsonPointers.Append("/query", p.Name)))
            .ToList(),
        _ => [new ActionErrorDetail("/query", "must be an object of parameter names to values", "invalid_type")],
    };
}
