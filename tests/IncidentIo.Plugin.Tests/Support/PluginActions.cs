using System.Reflection;
using System.Text.RegularExpressions;
using IncidentIo.Plugin.Actions.ListSeverities;
using IncidentIo.Plugin.Client;
using Workflow.Abstractions;

namespace IncidentIo.Plugin.Tests.Support;

/// <summary>The plugin assembly's action classes, found by reflection as the host finds them.</summary>
internal static partial class PluginActions
{
    public static Assembly Assembly => typeof(ListSeveritiesAction).Assembly;

    public static IReadOnlyList<(Type Type, string Id)> All =>
        Assembly.GetTypes()
            .Select(t => (Type: t, Attribute: t.GetCustomAttribute<WorkflowActionAttribute>()))
            .Where(x => x.Attribute is not null)
            .Select(x => (x.Type, x.Attribute!.Id))
            .OrderBy(x => x.Id, StringComparer.Ordinal)
            .ToList();

    /// <summary>ListSeveritiesAction → list-severities.</summary>
    public static string ManifestStem(Type actionType) =>
        PascalBoundary().Replace(actionType.Name[..^"Action".Length], "-$1").ToLowerInvariant();

    /// <summary>An instance wired to <paramref name="clients"/> through the internal test constructor.</summary>
    public static IWorkflowAction Create(string id, IncidentIoClientFactory clients)
    {
        var type = All.Single(a => a.Id == id).Type;
        return (IWorkflowAction)Activator.CreateInstance(type, BindingFlags.Instance | BindingFlags.NonPublic, null, [clients], null)!;
    }

    [GeneratedRegex("(?<!^)([A-Z])")]
    private static partial Regex PascalBoundary();
}
