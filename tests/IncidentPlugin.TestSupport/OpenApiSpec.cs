using System.Text.Json.Nodes;
using Json.Schema;

namespace IncidentPlugin.TestSupport;

/// <summary>
/// incident.io's published OpenAPI 3.0 spec, read from ../shared (never copied into the repo), with its
/// component schemas turned into JSON Schema so requests and responses can be validated against them.
/// </summary>
public sealed class OpenApiSpec
{
    private static readonly Lazy<OpenApiSpec?> LazyShared = new(() => Load(RepoPaths.OpenApiSpec));
    private const string SpecBaseUri = "https://incidentplugin.dev/openapi/incidentio.json";

    private readonly JsonObject _root;
    private readonly EvaluationOptions _options;

    private OpenApiSpec(JsonObject root)
    {
        _root = root;
        var defs = root["components"]!["schemas"]!.DeepClone();
        var document = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = SpecBaseUri,
            ["$defs"] = RewriteRefs(defs),
        };
        _options = new EvaluationOptions { OutputFormat = OutputFormat.List, EvaluateAs = SpecVersion.Draft202012 };
        _options.SchemaRegistry.Register(JsonSchema.FromText(document.ToJsonString()));
    }

    /// <summary>The spec, or null when the file is absent (call <see cref="RequireShared"/> in tests).</summary>
    public static OpenApiSpec? Shared => LazyShared.Value;

    /// <summary>Why the spec-based tests are skipped when the file is absent.</summary>
    public static string MissingMessage =>
        $"incident.io OpenAPI spec not found at {RepoPaths.OpenApiSpec}; contract tests need ../shared/incidentio/openapi.json (or set INCIDENTIO_OPENAPI).";

    /// <summary>The raw spec document.</summary>
    public JsonObject Root => _root;

    /// <summary>A JSON Schema that validates against components.schemas.{name}.</summary>
    public static JsonSchema ComponentSchema(string name) =>
        JsonSchema.FromText($$"""{"$ref":"{{SpecBaseUri}}#/$defs/{{name}}"}""");

    /// <summary>The operation object at paths.{path}.{method}.</summary>
    public JsonObject Operation(string path, string method) =>
        _root["paths"]?[path]?[method.ToLowerInvariant()]?.AsObject()
        ?? throw new KeyNotFoundException($"The spec has no {method.ToUpperInvariant()} {path}.");

    /// <summary>The name of the component schema of an operation's request body.</summary>
    public string RequestSchemaName(string path, string method) =>
        RefName(Operation(path, method)["requestBody"]!["content"]!["application/json"]!["schema"]!);

    /// <summary>The name of the component schema of an operation's success response (200, or its one other 2xx: 201, 202).</summary>
    public string ResponseSchemaName(string path, string method) =>
        RefName(SuccessResponse(path, method)["content"]!["application/json"]!["schema"]!);

    /// <summary>The example body of an operation's success response (200, or its one other 2xx: 201, 202).</summary>
    public JsonNode ResponseExample(string path, string method) =>
        SuccessResponse(path, method)["content"]!["application/json"]!["example"]!.DeepClone();

    /// <summary>The status code of an operation's success response, e.g. 202 for alert events.</summary>
    public int SuccessStatus(string path, string method) =>
        int.Parse(Operation(path, method)["responses"]!.AsObject().First(r => r.Key.StartsWith('2')).Key, System.Globalization.CultureInfo.InvariantCulture);

    private JsonNode SuccessResponse(string path, string method) =>
        Operation(path, method)["responses"]![SuccessStatus(path, method).ToString(System.Globalization.CultureInfo.InvariantCulture)]!;

    /// <summary>The example of an operation's request body.</summary>
    public JsonNode RequestExample(string path, string method) =>
        Operation(path, method)["requestBody"]!["content"]!["application/json"]!["example"]!.DeepClone();

    /// <summary>Evaluates a JSON value against a component schema; returns the errors (empty when valid).</summary>
    public IReadOnlyList<string> Validate(string componentName, JsonNode? instance)
    {
        var result = ComponentSchema(componentName).Evaluate(instance, _options);
        return result.IsValid
            ? []
            : result.Details.Where(d => d.Errors is not null)
                .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"))
                .ToList();
    }

    private static OpenApiSpec? Load(string path) =>
        File.Exists(path) ? new OpenApiSpec(JsonNode.Parse(File.ReadAllText(path))!.AsObject()) : null;

    private static string RefName(JsonNode schema) =>
        ((string)schema["$ref"]!).Replace("#/components/schemas/", "", StringComparison.Ordinal);

    // OpenAPI addresses components as #/components/schemas/X; in the JSON Schema document they are #/$defs/X.
    private static JsonNode RewriteRefs(JsonNode node)
    {
        var text = node.ToJsonString().Replace("\"#/components/schemas/", "\"#/$defs/", StringComparison.Ordinal);
        return JsonNode.Parse(text)!;
    }
}
