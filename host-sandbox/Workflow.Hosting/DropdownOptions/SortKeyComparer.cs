using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Workflow.Hosting.DropdownOptions;

/// <summary>Orders sortBy values: numbers numerically, strings ordinally, numbers before strings, missing values last.</summary>
internal sealed class SortKeyComparer : IComparer<JsonNode?>
{
    public static readonly SortKeyComparer Instance = new();

    public int Compare(JsonNode? x, JsonNode? y)
    {
        var (rankX, rankY) = (Rank(x), Rank(y));
        if (rankX != rankY)
        {
            return rankX.CompareTo(rankY);
        }

        return rankX switch
        {
            0 => Number(x!).CompareTo(Number(y!)),
            1 => string.CompareOrdinal(x!.GetValue<string>(), y!.GetValue<string>()),
            2 => string.CompareOrdinal(x!.ToJsonString(), y!.ToJsonString()),
            _ => 0,
        };
    }

    // From the JSON text: the node may hold an int, a double or a JsonElement.
    private static double Number(JsonNode node) => double.Parse(node.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture);

    private static int Rank(JsonNode? node) => node switch
    {
        JsonValue v when v.GetValueKind() == JsonValueKind.Number => 0,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => 1,
        null => 3,
        _ => 2,
    };
}
