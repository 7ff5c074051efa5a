using System.Text.Json.Nodes;
using Workflow.Abstractions;

namespace IncidentIo.Plugin.Tests.Contract.ResponseMatrix;

/// <summary>Every field of an example answer as a JSON Pointer, depth first; an array is walked through its first item.</summary>
internal static class ExampleFields
{
    public static IReadOnlyList<string> Pointers(JsonNode? example)
    {
        var found = new List<string>();
        Walk(example, "", found);
        return found;
    }

    private static void Walk(JsonNode? node, string pointer, List<string> found)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (name, value) in o)
                {
                    var child = JsonPointers.Append(pointer, name);
                    found.Add(child);
                    Walk(value, child, found);
                }

                break;
            case JsonArray { Count: > 0 } a:
                var first = JsonPointers.Append(pointer, "0");
                found.Add(first);
                Walk(a[0], first, found);
                break;
        }
    }
}
