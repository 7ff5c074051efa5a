using System.Text.Json.Nodes;
using IncidentIo.Plugin.Tests.Support;
using Workflow.Abstractions;

namespace IncidentIo.Plugin.Tests.Contract.ResponseMatrix;

/// <summary>
/// What a manifest's output schema (the documented list) says about a field of the answer: whether the plugin needs it
/// (every step from the root is a <c>required</c> property; an array item never is) and where a warning about it may point
/// (the field itself, or the nearest optional value holding it, which is what gets left out).
/// </summary>
internal sealed class OutputRequirements
{
    private readonly JsonObject _manifestOutput;
    private readonly Dictionary<string, JsonObject> _definitions;
    private readonly IReadOnlyList<string>? _needed;

    private OutputRequirements(JsonObject manifestOutput, IReadOnlyList<string>? needed = null)
    {
        _manifestOutput = manifestOutput;
        _needed = needed;
        _definitions = ActionManifests.DefinitionFiles.Select(ActionManifests.Parse).ToDictionary(d => (string)d["$id"]!, StringComparer.Ordinal);
    }

    public static OutputRequirements For(string stem) => new(ActionManifests.Load(stem)["output"]!.AsObject());

    /// <summary>For an answer the action reshapes: exactly <paramref name="needed"/> are needed; a warning may name a field or what holds it.</summary>
    public static OutputRequirements Explicit(IReadOnlyList<string> needed) => new(new JsonObject(), needed);

    public bool IsNeeded(string pointer) => _needed?.Contains(pointer) ?? Steps(pointer).All(s => s.Required);

    /// <summary>The fields a warning about <paramref name="pointer"/> may name.</summary>
    public IReadOnlySet<string> WarningFields(string pointer)
    {
        if (_needed is not null)
        {
            return Steps(pointer).Select(s => s.Pointer).ToHashSet(StringComparer.Ordinal);
        }

        var steps = Steps(pointer);
        var accepted = new HashSet<string>(StringComparer.Ordinal);
        if (steps.LastOrDefault(s => s.Known && !s.Required) is { } deepestOptional)
        {
            accepted.Add(deepestOptional.Pointer);
        }

        // Below what the manifest describes (pagination_meta…), whatever holds the field may be what was left out.
        foreach (var step in steps.SkipWhile(s => s.Known))
        {
            accepted.Add(step.Pointer);
        }

        return accepted;
    }

    private List<Step> Steps(string pointer)
    {
        var steps = new List<Step>();
        (JsonObject Document, JsonObject Schema)? at = (_manifestOutput, _manifestOutput);
        var path = "";
        foreach (var token in JsonPointers.Tokens(pointer))
        {
            path = JsonPointers.Append(path, token);
            var resolved = at is { } known ? Resolve(known.Document, known.Schema) : ((JsonObject, JsonObject)?)null;
            if (resolved is not { } here)
            {
                steps.Add(new Step(path, Known: false, Required: false));
                at = null;
                continue;
            }

            var (document, schema) = here;
            if (int.TryParse(token, out _) && schema["items"] is JsonObject items)
            {
                steps.Add(new Step(path, Known: true, Required: false));
                at = (document, items);
            }
            else if (schema["properties"]?[token] is JsonObject property)
            {
                var required = schema["required"]?.AsArray().Any(r => (string?)r == token) == true;
                steps.Add(new Step(path, Known: true, Required: required));
                at = (document, property);
            }
            else
            {
                steps.Add(new Step(path, Known: false, Required: false));
                at = null;
            }
        }

        return steps;
    }

    // Follows $ref (local, or a shared definition by $id) and the non-null branch of a nullable anyOf.
    private (JsonObject Document, JsonObject Schema)? Resolve(JsonObject document, JsonObject schema)
    {
        for (var hops = 0; hops < 16; hops++)
        {
            if (schema["$ref"] is JsonValue reference)
            {
                var (target, fragment) = Split((string)reference!);
                document = target.Length == 0 ? document : _definitions[target];
                schema = fragment.Length == 0 ? document : At(document, fragment);
            }
            else if (schema["anyOf"] is JsonArray branches && branches.OfType<JsonObject>().FirstOrDefault(b => (string?)b["type"] != "null") is { } branch)
            {
                schema = branch;
            }
            else
            {
                return (document, schema);
            }
        }

        return null;
    }

    private static (string Document, string Fragment) Split(string reference)
    {
        var hash = reference.IndexOf('#', StringComparison.Ordinal);
        return hash < 0 ? (reference, "") : (reference[..hash], reference[(hash + 1)..]);
    }

    private static JsonObject At(JsonObject document, string fragment) =>
        JsonPointers.Tokens(fragment).Aggregate((JsonNode)document, (node, token) => node[token]!).AsObject();

    private sealed record Step(string Pointer, bool Known, bool Required);
}
