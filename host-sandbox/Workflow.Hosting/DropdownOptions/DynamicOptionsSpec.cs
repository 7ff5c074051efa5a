using System.Text.Json.Nodes;

namespace Workflow.Hosting.DropdownOptions;

/// <summary>An input's <c>x-ui.dynamicOptions</c>, read from a manifest that passed the action meta-schema.</summary>
internal sealed record DynamicOptionsSpec
{
    public required string Action { get; init; }

    /// <summary>JSON Pointer to the items array in the action's output; the others point within one item.</summary>
    public required string Items { get; init; }

    public required string Value { get; init; }

    public required string Label { get; init; }

    public string? Description { get; init; }

    public string? Group { get; init; }

    public IReadOnlyDictionary<string, string> GroupLabels { get; init; } = new Dictionary<string, string>();

    public string? SortBy { get; init; }

    public string? ExcludePointer { get; init; }

    public IReadOnlyList<JsonNode?> ExcludeValues { get; init; } = [];

    public IReadOnlyList<string> DependsOn { get; init; } = [];

    /// <summary>The read action's input: each entry takes the form input it names, or a constant.</summary>
    public IReadOnlyDictionary<string, JsonObject> Parameters { get; init; } = new Dictionary<string, JsonObject>();

    public static DynamicOptionsSpec Parse(JsonObject spec) => new()
    {
        Action = (string)spec["action"]!,
        Items = (string)spec["items"]!,
        Value = (string)spec["value"]!,
        Label = (string)spec["label"]!,
        Description = (string?)spec["description"],
        Group = (string?)spec["group"],
        GroupLabels = spec["groupLabels"]?.AsObject().ToDictionary(p => p.Key, p => (string)p.Value!, StringComparer.Ordinal) ?? [],
        SortBy = (string?)spec["sortBy"],
        ExcludePointer = (string?)spec["exclude"]?["pointer"],
        ExcludeValues = spec["exclude"]?["values"]?.AsArray().Select(v => v?.DeepClone()).ToList() ?? [],
        DependsOn = spec["dependsOn"]?.AsArray().Select(v => (string)v!).ToList() ?? [],
        Parameters = spec["parameters"]?.AsObject().ToDictionary(p => p.Key, p => p.Value!.AsObject(), StringComparer.Ordinal) ?? [],
    };
}
