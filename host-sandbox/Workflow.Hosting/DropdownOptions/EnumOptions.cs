using System.Text.Json.Nodes;

namespace Workflow.Hosting.DropdownOptions;

/// <summary>
/// The options of a static <c>enum</c> input (or of a multiselect's <c>items.enum</c>, or of an <c>x-ui.widget</c> "filter"
/// whose operators share one enum, e.g. <c>{"one_of": {"items": {"enum": […]}}}</c>), labelled by <c>x-ui.enumLabels</c>.
/// </summary>
internal static class EnumOptions
{
    /// <summary>The options, or null when the property has no enum.</summary>
    public static IReadOnlyList<OptionItem>? From(JsonObject property)
    {
        if ((property["enum"] ?? property["items"]?["enum"] ?? FilterEnum(property)) is not JsonArray values)
        {
            return null;
        }

        var labels = property["x-ui"]?["enumLabels"] as JsonObject;
        return [.. values.Select(value =>
        {
            var text = OptionPicker.Text(value) ?? "null";
            return new OptionItem(value?.DeepClone(), labels?[text] is { } label ? (string)label! : text, null, null);
        })];
    }

    // The first operator's enum: the filter widget gives every operator the same options.
    private static JsonNode? FilterEnum(JsonObject property) =>
        (string?)property["x-ui"]?["widget"] == "filter" && property["properties"] is JsonObject operators
            ? operators.Select(o => o.Value?["enum"] ?? o.Value?["items"]?["enum"]).FirstOrDefault(e => e is not null)
            : null;
}
