using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Pointer;

namespace Workflow.Hosting.DropdownOptions;

/// <summary>Turns a read action's output into options: items, exclude, sortBy, then value/label/description/group.</summary>
internal static class OptionPicker
{
    /// <summary>The options; null when <c>items</c> does not point at an array (<paramref name="error"/> says so).</summary>
    public static IReadOnlyList<OptionItem>? Pick(JsonNode? output, DynamicOptionsSpec spec, out string? error)
    {
        error = null;
        if (At(output, spec.Items) is not JsonArray items)
        {
            error = $"'items' ({spec.Items}) does not point at an array in the output of {spec.Action}.";
            return null;
        }

        var kept = items.Where(item => !Excluded(item, spec));
        if (spec.SortBy is { } sortBy)
        {
            kept = kept.OrderBy(item => At(item, sortBy), SortKeyComparer.Instance); // stable: ties keep the action's order
        }

        return [.. kept.Select(item => new OptionItem(
            At(item, spec.Value)?.DeepClone(),
            Text(At(item, spec.Label)) ?? Text(At(item, spec.Value)) ?? "",
            spec.Description is null ? null : Text(At(item, spec.Description)),
            spec.Group is null ? null : GroupLabel(At(item, spec.Group), spec),
            spec.SortBy is null ? null : At(item, spec.SortBy)?.DeepClone()))];
    }

    /// <summary>The node at <paramref name="pointer"/> within <paramref name="node"/>, or null.</summary>
    public static JsonNode? At(JsonNode? node, string pointer) =>
        JsonPointer.TryParse(pointer, out var parsed) && parsed!.TryEvaluate(node, out var found) ? found : null;

    /// <summary>A string as it is, any other JSON value as JSON text, null as null.</summary>
    public static string? Text(JsonNode? node) =>
        node is null ? null : node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : node.ToJsonString();

    private static bool Excluded(JsonNode? item, DynamicOptionsSpec spec) =>
        spec.ExcludePointer is { } pointer && spec.ExcludeValues.Any(v => JsonNode.DeepEquals(At(item, pointer), v));

    private static string? GroupLabel(JsonNode? group, DynamicOptionsSpec spec) =>
        Text(group) is { } raw ? spec.GroupLabels.GetValueOrDefault(raw, raw) : null;
}
