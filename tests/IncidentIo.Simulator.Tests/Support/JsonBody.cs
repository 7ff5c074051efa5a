using System.Text.Json.Nodes;

namespace IncidentIo.Simulator.Tests.Support;

/// <summary>Small JSON helpers for tests.</summary>
internal static class JsonBody
{
    public static async Task<JsonObject> ReadAsync(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();

    public static JsonObject WithoutNulls(this JsonObject node)
    {
        foreach (var name in node.Where(p => p.Value is null).Select(p => p.Key).ToList())
        {
            node.Remove(name);
        }

        return node;
    }

    public static JsonObject With(this JsonObject node, string name, JsonNode? value)
    {
        node[name] = value;
        return node;
    }

    public static List<string> Strings(this JsonNode? array, string property) =>
        array!.AsArray().Select(item => (string)item![property]!).ToList();
}
