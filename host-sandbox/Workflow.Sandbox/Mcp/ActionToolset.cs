using System.Text.Json;
using ModelContextProtocol.Protocol;
using Workflow.Hosting.Plugins;

namespace Workflow.Sandbox.Mcp;

/// <summary>
/// Every usable action of the loaded plugins as an MCP tool, generated from its manifest alone: name
/// (<see cref="ToolNames"/>), title, description, input and output schemas (<see cref="ToolSchemas"/>), and the
/// annotations. <c>openWorldHint</c> has no manifest field: it is true when the plugin declares a connection (its
/// actions reach a service outside the host, as every incident.io action does).
/// </summary>
internal sealed class ActionToolset
{
    private readonly ToolNames _names;
    private readonly Dictionary<string, ActionTool> _byActionId;

    private ActionToolset(ToolNames names, IReadOnlyList<ActionTool> tools)
    {
        _names = names;
        Tools = tools;
        _byActionId = tools.ToDictionary(t => t.Action.Id, StringComparer.Ordinal);
    }

    /// <summary>The tools, in the catalog's order of plugins and actions.</summary>
    public IReadOnlyList<ActionTool> Tools { get; }

    /// <summary>The tools of <paramref name="catalog"/>; null with <paramref name="problems"/> when their names collide (<see cref="ToolNames.Map"/>).</summary>
    public static ActionToolset? Build(PluginCatalog catalog, out IReadOnlyList<string> problems)
    {
        var actions = catalog.Actions.ToList();
        return ToolNames.Map(actions.Select(a => a.Id), out problems) is { } names
            ? new ActionToolset(names, [.. actions.Select(Describe)])
            : null;
    }

    /// <summary>The tool named <paramref name="name"/>, or null.</summary>
    public ActionTool? Find(string name) => _names.ActionId(name) is { } id ? _byActionId.GetValueOrDefault(id) : null;

    private static ActionTool Describe(LoadedAction action)
    {
        var manifest = action.Manifest;
        var output = ToolSchemas.Output(manifest, out var wraps, action.Definition.Shared);
        var tool = new Tool
        {
            Name = ToolNames.ToolName(action.Id),
            Title = manifest.Title,
            Description = manifest.Description,
            InputSchema = JsonSerializer.SerializeToElement(ToolSchemas.Input(manifest, action.Definition.Shared)),
            OutputSchema = JsonSerializer.SerializeToElement(output),
            Annotations = new ToolAnnotations
            {
                Title = manifest.Title,
                ReadOnlyHint = manifest.Annotations.ReadOnly,
                DestructiveHint = manifest.Annotations.Destructive,
                IdempotentHint = manifest.Annotations.Idempotent,
                OpenWorldHint = action.Plugin.Connection.Fields.Count > 0,
            },
        };
        return new ActionTool(action, tool, wraps);
    }
}
