using System.Reflection;
using System.Text.Json;

namespace IncidentIo.Plugin.Actions.TestConnection;

/// <summary>
/// The scopes each action declares in its manifest (<c>scopes</c>: the spec's <c>x-rbac-scopes</c> of every operation it
/// calls). Read from the manifests embedded in this assembly at build time, so the manifests stay the one place they are written.
/// </summary>
internal static class ActionScopes
{
    private const string ResourcePrefix = "IncidentIo.Plugin.Manifests.actions.";

    private static readonly Lazy<IReadOnlyList<ActionScopeDeclaration>> Embedded = new(Load);

    /// <summary>Every action's id and declared scopes (null: not declared), ordered by id.</summary>
    public static IReadOnlyList<ActionScopeDeclaration> All => Embedded.Value;

    private static List<ActionScopeDeclaration> Load()
    {
        var assembly = typeof(ActionScopes).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Select(name => Read(assembly, name))
            .OrderBy(a => a.Action, StringComparer.Ordinal)
            .ToList();
    }

    private static ActionScopeDeclaration Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var manifest = JsonDocument.Parse(stream);
        var root = manifest.RootElement;
        var scopes = root.TryGetProperty("scopes", out var declared) && declared.ValueKind == JsonValueKind.Array
            ? declared.EnumerateArray().Select(s => s.GetString()!).ToList()
            : null;
        return new ActionScopeDeclaration(root.GetProperty("id").GetString()!, scopes);
    }
}
