using System.Text.RegularExpressions;

namespace Workflow.Sandbox.Mcp;

/// <summary>
/// Action id ↔ MCP tool name. A tool name is the action id with its dot replaced by an underscore
/// (<c>incidentio.create_incident</c> → <c>incidentio_create_incident</c>): it then fits the strictest rule clients
/// apply to tool names (<c>^[a-zA-Z0-9_-]{1,64}$</c>, stricter than the MCP specification's 128 characters and dot).
/// The replacement alone is not reversible (<c>a_b.c</c> and <c>a.b_c</c> give the same name), so the way back is
/// the table of the loaded actions, and <see cref="Map"/> refuses a set of actions in which two names collide.
/// </summary>
internal sealed partial class ToolNames
{
    /// <summary>The longest tool name the strictest clients accept.</summary>
    public const int MaxLength = 64;

    private readonly Dictionary<string, string> _actionIds;

    private ToolNames(Dictionary<string, string> actionIds) => _actionIds = actionIds;

    /// <summary>The tool name of <paramref name="actionId"/> (whether or not it is loaded).</summary>
    public static string ToolName(string actionId) => actionId.Replace('.', '_');

    /// <summary>The table of <paramref name="actionIds"/>; null and <paramref name="problems"/> when two names collide or one breaks the naming rule.</summary>
    public static ToolNames? Map(IEnumerable<string> actionIds, out IReadOnlyList<string> problems)
    {
        var table = new Dictionary<string, string>(StringComparer.Ordinal);
        var found = new List<string>();
        foreach (var id in actionIds)
        {
            var name = ToolName(id);
            if (!ValidName().IsMatch(name))
            {
                found.Add($"The action {id} gives the tool name '{name}', which is not 1-{MaxLength} characters of A-Z, a-z, 0-9, _ and -.");
            }
            else if (table.TryGetValue(name, out var other))
            {
                found.Add($"The actions {other} and {id} both give the tool name '{name}'; rename one of them to serve both over MCP.");
            }
            else
            {
                table[name] = id;
            }
        }

        problems = found;
        return found.Count == 0 ? new ToolNames(table) : null;
    }

    /// <summary>The action id behind <paramref name="toolName"/>, or null when no loaded action has that name.</summary>
    public string? ActionId(string toolName) => _actionIds.GetValueOrDefault(toolName);

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$")]
    private static partial Regex ValidName();
}
