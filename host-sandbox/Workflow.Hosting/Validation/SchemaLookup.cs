using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace Workflow.Hosting.Validation;

/// <summary>
/// Finds the schema object behind a result's absolute schema location (<c>base#/json/pointer</c>), so that a
/// message can quote what the schema allows (its <c>enum</c>) or what its author wrote for people (<c>x-ui.patternHelp</c>,
/// <c>description</c>). The schema being evaluated is read from its original document (the compiled copy has no
/// annotations, see <see cref="AnnotationKeywords"/>); any other schema (a meta-schema, a referenced document) from the registry.
/// </summary>
internal sealed class SchemaLookup(Uri rootBase, JsonNode? rootDocument, SchemaRegistry registry)
{
    private readonly ConcurrentDictionary<string, JsonNode?> _documents = new(StringComparer.Ordinal);

    /// <summary>The schema object at <paramref name="location"/>, or null when it cannot be found (an anchor, an unknown document).</summary>
    public JsonObject? Find(Uri location)
    {
        var text = location.OriginalString;
        var hash = text.IndexOf('#', StringComparison.Ordinal);
        // Stryker disable Equality : equivalent; a schema location is absolute (JsonSchema.Net gives every schema a base URI), so '#' is never first
        var documentUri = hash < 0 ? text : text[..hash];
        var fragment = hash < 0 ? "" : Uri.UnescapeDataString(text[(hash + 1)..]);
        // Stryker restore Equality
        if (fragment.Length > 0 && fragment[0] != '/')
        {
            return null; // a named anchor, not a pointer
        }

        var node = Document(documentUri);
        foreach (var segment in fragment.Split('/').Skip(1))
        {
            var name = segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            node = node switch
            {
                JsonObject obj => obj[name],
                JsonArray array when int.TryParse(name, out var index) && index >= 0 && index < array.Count => array[index],
                _ => null,
            };
        }

        return node as JsonObject;
    }

    private JsonNode? Document(string uri) =>
        uri == rootBase.OriginalString.TrimEnd('#') && rootDocument is not null
            ? rootDocument
            : _documents.GetOrAdd(uri, Load);

    private JsonNode? Load(string uri)
    {
        try
        {
            return registry.Get(new Uri(uri)) is JsonSchema schema ? JsonSerializer.SerializeToNode(schema) : null;
        }
        catch (Exception ex) when (ex is JsonSchemaException or UriFormatException or JsonException or NotSupportedException or InvalidOperationException)
        {
            return null; // a message without the schema's words is still a message
        }
    }
}
