using System.Text.Json.Nodes;

namespace Workflow.Hosting.Manifests;

/// <summary>One action manifest (actions/*.json), after it passed the action meta-schema.</summary>
internal sealed record ActionManifest
{
    public required string Id { get; init; }

    public required string Version { get; init; }

    public required string Title { get; init; }

    public required string Description { get; init; }

    public required string Category { get; init; }

    public required ActionAnnotations Annotations { get; init; }

    /// <summary>JSON Schema 2020-12 of the input, with x-ui hints on its properties.</summary>
    public required JsonObject Input { get; init; }

    /// <summary>JSON Schema 2020-12 of the output.</summary>
    public required JsonObject Output { get; init; }

    public required IReadOnlyList<ActionExample> Examples { get; init; }
}
