using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Workflow.Sandbox.Mcp;

/// <summary>
/// The step id of a tool call: the action id, <c>#</c>, and 16 hex digits of a SHA-256 of the arguments in canonical
/// form (object members sorted by name at every depth, no whitespace, numbers and strings as sent). Two calls are
/// "identical" when they name the same tool with arguments equal in that form: the order of the members and the
/// spacing do not matter, every value does (<c>1</c> and <c>1.0</c> differ). With the session's run id, identical calls
/// get the same <c>RunInfo</c>, so the idempotency key a plugin derives from it repeats too.
/// </summary>
internal static class ToolStepIds
{
    public static string For(string actionId, JsonNode? arguments)
    {
        var canonical = new StringBuilder();
        Write(arguments, canonical);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(canonical.ToString()));
        return $"{actionId}#{Convert.ToHexStringLower(hash)[..16]}";
    }

    private static void Write(JsonNode? node, StringBuilder text)
    {
        switch (node)
        {
            case JsonObject obj:
                text.Append('{');
                var first = true;
                foreach (var (name, value) in obj.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    text.Append(first ? "" : ",").Append(JsonSerializer.Serialize(name)).Append(':');
                    Write(value, text);
                    first = false;
                }

                text.Append('}');
                break;
            case JsonArray array:
                text.Append('[');
                for (var i = 0; i < array.Count; i++)
                {
                    text.Append(i == 0 ? "" : ",");
                    Write(array[i], text);
                }

                text.Append(']');
                break;
            default:
                text.Append(node?.ToJsonString() ?? "null");
                break;
        }
    }
}
