using System.Text.Json.Nodes;

namespace Workflow.Hosting.DropdownOptions;

/// <summary>One dropdown option: the value the input receives and what a builder shows for it.</summary>
/// <param name="Value">The input's value (usually a string id).</param>
/// <param name="Label">The text shown.</param>
/// <param name="Description">A secondary line, or null.</param>
/// <param name="Group">The group's display label (groupLabels applied), or null.</param>
/// <param name="SortValue">The item's value at <c>sortBy</c> (e.g. a severity's rank), or null; not part of <see cref="ToJson"/>.</param>
internal sealed record OptionItem(JsonNode? Value, string Label, string? Description, string? Group, JsonNode? SortValue = null)
{
    public JsonObject ToJson() => new()
    {
        ["value"] = Value?.DeepClone(),
        ["label"] = Label,
        ["description"] = Description,
        ["group"] = Group,
    };
}
