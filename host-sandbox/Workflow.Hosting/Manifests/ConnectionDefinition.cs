namespace Workflow.Hosting.Manifests;

/// <summary>The connection a plugin's actions run with: its fields, in declaration order.</summary>
internal sealed record ConnectionDefinition
{
    public required string Title { get; init; }

    public string? Description { get; init; }

    public required IReadOnlyDictionary<string, ConnectionField> Fields { get; init; }
}
