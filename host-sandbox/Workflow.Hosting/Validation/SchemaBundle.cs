using System.Text.Json.Nodes;
using Workflow.Abstractions;

namespace Workflow.Hosting.Validation;

/// <summary>
/// A manifest schema made self-contained for a consumer that resolves only local references (an MCP client, a
/// builder): every shared definition it reaches by <c>$ref</c> (<see cref="SharedDefinitions"/>, transitively) is
/// copied under the root's <c>$defs</c> as <c>shared_&lt;name&gt;</c>, its own <c>$id</c> and <c>$schema</c> dropped, and
/// every reference rewritten to a local JSON Pointer (<c>https://…/incident.json#/$defs/x</c> → <c>#/$defs/shared_incident/$defs/x</c>).
/// </summary>
internal static class SchemaBundle
{
    /// <summary>A copy of <paramref name="schema"/> with no reference outside itself; the input is not changed.</summary>
    /// <param name="schema">A manifest's input or output schema (an object).</param>
    /// <param name="shared">The plugin's shared definitions; references to anything else are left as they are.</param>
    public static JsonObject Of(JsonObject schema, SharedDefinitions shared)
    {
        var root = schema.DeepClone().AsObject();
        var keys = new Dictionary<Uri, string>();
        var pending = new Queue<(Uri Id, JsonObject Copy)>();

        string Local(Uri id)
        {
            if (!keys.TryGetValue(id, out var key))
            {
                key = $"shared_{Path.GetFileNameWithoutExtension(id.AbsolutePath)}";
                while (keys.ContainsValue(key))
                {
                    key += "_";
                }

                keys[id] = key;
                var copy = shared.Documents[id].DeepClone().AsObject();
                copy.Remove("$id");
                copy.Remove("$schema");
                pending.Enqueue((id, copy));
            }

            return "#" + JsonPointers.Append("/$defs", key);
        }

        Rewrite(root, prefix: null, shared, Local);
        var defs = new List<(string Key, JsonObject Copy)>();
        while (pending.TryDequeue(out var next))
        {
            // Inside a copied definition, "#/…" meant that document's root, now at #/$defs/<key>.
            Rewrite(next.Copy, prefix: Local(next.Id), shared, Local);
            defs.Add((keys[next.Id], next.Copy));
        }

        if (defs.Count > 0)
        {
            var rootDefs = root["$defs"] as JsonObject ?? [];
            root["$defs"] = rootDefs;
            foreach (var (key, copy) in defs)
            {
                rootDefs[key] = copy;
            }
        }

        return root;
    }

    private static void Rewrite(JsonNode? node, string? prefix, SharedDefinitions shared, Func<Uri, string> local)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["$ref"] is JsonValue value && value.TryGetValue<string>(out var reference))
                {
                    obj["$ref"] = Resolve(reference, prefix, shared, local);
                }

                foreach (var child in obj.Select(p => p.Value).ToList())
                {
                    Rewrite(child, prefix, shared, local);
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Rewrite(item, prefix, shared, local);
                }

                break;
        }
    }

    private static string Resolve(string reference, string? prefix, SharedDefinitions shared, Func<Uri, string> local)
    {
        if (reference.StartsWith('#'))
        {
            return prefix is null ? reference : prefix + reference[1..];
        }

        if (Uri.TryCreate(reference, UriKind.Absolute, out var uri) && shared.Declares(uri))
        {
            // Uri equality leaves the fragment out: the reference itself is its document's key.
            var fragment = Uri.UnescapeDataString(uri.Fragment.TrimStart('#'));
            return local(uri) + fragment;
        }

        return reference;
    }
}
