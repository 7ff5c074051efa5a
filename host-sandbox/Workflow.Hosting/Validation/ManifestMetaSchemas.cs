using System.Security.Cryptography;
using Json.Schema;

namespace Workflow.Hosting.Validation;

/// <summary>
/// The manifest meta-schemas (plugin.json, actions/*.json and triggers/*.json), read from the host's schemas/
/// folder and registered on first use; the JSON Schema 2020-12 meta-schema they build on is built into JsonSchema.Net.
/// </summary>
/// <remarks>
/// Loading and registering them costs about a quarter of a second in a fresh process, so it waits
/// until a manifest is actually checked; a catalog served from the check cache never loads them.
/// </remarks>
internal sealed class ManifestMetaSchemas
{
    public const string PluginFileName = "plugin-manifest.schema.json";
    public const string ActionFileName = "action-manifest.schema.json";
    public const string TriggerFileName = "trigger-manifest.schema.json";

    private static readonly Lazy<ManifestMetaSchemas> LazyDefault =
        new(() => Load(Path.Combine(AppContext.BaseDirectory, "schemas")));

    private readonly string _directory;
    private readonly Lazy<(CompiledSchema Plugin, CompiledSchema Action, CompiledSchema Trigger)> _schemas;
    private readonly Lazy<string> _fingerprint;

    private ManifestMetaSchemas(string directory)
    {
        _directory = directory;
        _schemas = new(() => (
            Register(Path.Combine(directory, PluginFileName)),
            Register(Path.Combine(directory, ActionFileName)),
            Register(Path.Combine(directory, TriggerFileName))));
        _fingerprint = new(() =>
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            hash.AppendData(File.ReadAllBytes(Path.Combine(_directory, PluginFileName)));
            hash.AppendData(File.ReadAllBytes(Path.Combine(_directory, ActionFileName)));
            hash.AppendData(File.ReadAllBytes(Path.Combine(_directory, TriggerFileName)));
            return Convert.ToHexString(hash.GetHashAndReset());
        });
    }

    /// <summary>The meta-schemas shipped beside the host.</summary>
    public static ManifestMetaSchemas Default => LazyDefault.Value;

    public CompiledSchema Plugin => _schemas.Value.Plugin;

    public CompiledSchema Action => _schemas.Value.Action;

    public CompiledSchema Trigger => _schemas.Value.Trigger;

    /// <summary>True once the meta-schemas have been read and registered.</summary>
    public bool IsLoaded => _schemas.IsValueCreated;

    /// <summary>SHA-256 of the meta-schema files' bytes, without parsing them.</summary>
    public string Fingerprint => _fingerprint.Value;

    /// <summary>The meta-schemas in <paramref name="directory"/>, read and registered at their first use.</summary>
    public static ManifestMetaSchemas Load(string directory) => new(directory);

    private static CompiledSchema Register(string path)
    {
        // CompiledSchema registers the schema in its own registry; nothing resolves the meta-schemas through the global one.
        return CompiledSchema.From(JsonSchema.FromFile(path));
    }
}
