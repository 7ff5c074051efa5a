using System.Text.Json;
using Workflow.Abstractions;

namespace IncidentIo.Plugin.Client;

/// <summary>
/// incident.io's bracket ("deepObject") query form: <c>{"one_of": ["live", "triage"]}</c> under <c>status_category</c>
/// becomes <c>status_category[one_of]=live&amp;status_category[one_of]=triage</c>, one key per value (the client
/// URL-encodes brackets and values). Objects nest (<c>custom_field[ID][one_of]=X</c>); scalars are written as text.
/// </summary>
internal static class DeepObjectQuery
{
    /// <summary>Adds <paramref name="value"/> under <paramref name="name"/>; returns the problems, each naming its JSON Pointer from <paramref name="pointer"/>.</summary>
    public static IReadOnlyList<ActionErrorDetail> Add(ApiRequest request, string name, JsonElement value, string pointer)
    {
        var problems = new List<ActionErrorDetail>();
        Add(request, name, value, pointer, inArray: false, problems);
        return problems;
    }

    private static void Add(ApiRequest request, string name, JsonElement value, string pointer, bool inArray, List<ActionErrorDetail> problems)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object when !inArray:
                foreach (var property in value.EnumerateObject())
                {
                    Add(request, $"{name}[{property.Name}]", property.Value, JsonPointers.Append(pointer, property.Name), inArray: false, problems);
                }

                break;
            case JsonValueKind.Array when !inArray:
                var index = 0;
                foreach (var item in value.EnumerateArray())
                {
                    Add(request, name, item, $"{pointer}/{index++}", inArray: true, problems);
                }

                break;
            case JsonValueKind.String:
                request.WithQuery(name, value.GetString()!);
                break;
            case JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False:
                request.WithQuery(name, value.GetRawText());
                break;
            case JsonValueKind.Null:
                break;
            default:
                problems.Add(new ActionErrorDetail(pointer, "a list may only hold text, numbers or booleans", "invalid_type"));
                break;
        }
    }
}
