using System.Text.Json.Nodes;
using Json.Schema;

namespace Workflow.Hosting.Validation;

/// <summary>
/// A plugin's shared schema definitions (<c>definitions/*.json</c>), each a JSON Schema 2020-12 document with an
/// absolute <c>$id</c> that action manifests reference with <c>$ref</c> (e.g. the incident, declared once for every
/// action that returns one). They are registered in the registry of every schema the plugin's manifests compile to,
/// so a reference resolves offline, from the plugin folder, and never reaches another plugin.
/// </summary>
internal sealed class SharedDefinitions
{
    private readonly Lazy<IReadOnlyList<JsonSchema>> _schemas;

    /// <param name="documents">Each definition's <c>$id</c> and document.</param>
    public SharedDefinitions(IReadOnlyDictionary<Uri, JsonNode> documents)
    {
        Documents = documents;
        // Parsed at the first validation that needs them, like the manifests' own schemas (CompiledSchema).
        _schemas = new(() => [.. documents.Values.Select(d => JsonSchema.FromText(AnnotationKeywords.Strip(d).ToJsonString()))]);
    }

    /// <summary>No shared definitions.</summary>
    public static SharedDefinitions None { get; } = new(new Dictionary<Uri, JsonNode>());

    /// <summary>Each definition's <c>$id</c> (absolute URI) and document.</summary>
    public IReadOnlyDictionary<Uri, JsonNode> Documents { get; }

    /// <summary>Registers every definition in <paramref name="registry"/>.</summary>
    public void RegisterIn(SchemaRegistry registry)
    {
        foreach (var schema in _schemas.Value)
        {
            registry.Register(schema);
        }
    }

    /// <summary>True when <paramref name="reference"/> (a <c>$ref</c> value) points into a definition held here.</summary>
    // Uri equality leaves the fragment (#/$defs/…) out, so the reference itself finds its document.
    public bool Declares(Uri reference) => Documents.ContainsKey(reference);
}
