using Json.Schema;

namespace Workflow.Sandbox.Validation;

/// <summary>
/// The two manifest meta-schemas (plugin.json and actions/*.json), read from the host's schemas/
/// folder and registered once; the JSON Schema 2020-12 meta-schema they build on is built into JsonSchema.Net.
/// </summary>
internal sealed class ManifestMetaSchemas
{
    public const string PluginFileName = "plugin-manifest.schema.json";
    public const string ActionFileName = "action-manifest.schema.json";

    private static readonly Lazy<ManifestMetaSchemas> LazyDefault =
        new(() => Load(Path.Combine(AppContext.BaseDirectory, "schemas")));

    private ManifestMetaSchemas(CompiledSchema plugin, CompiledSchema action)
    {
        Plugin = plugin;
        Action = action;
    }

    /// <summary>The meta-schemas shipped beside the host.</summary>
    public static ManifestMetaSchemas Default => LazyDefault.Value;

    public CompiledSchema Plugin { get; }

    public CompiledSchema Action { get; }

    /// <summary>Reads and registers the meta-schemas in <paramref name="directory"/>.</summary>
    public static ManifestMetaSchemas Load(string directory) =>
        new(Register(Path.Combine(directory, PluginFileName)), Register(Path.Combine(directory, ActionFileName)));

    private static CompiledSchema Register(string path)
    {
        var schema = JsonSchema.FromFile(path);
        SchemaRegistry.Global.Register(schema);
        return CompiledSchema.From(schema);
    }
}
