using Microsoft.Extensions.Logging;
using Workflow.Hosting.Logging;
using Workflow.Hosting.Manifests;
using Workflow.Hosting.Validation;

namespace Workflow.Hosting.Plugins;

/// <summary>Loads one plugin folder: plugin.json, its contract version, its shared definitions, action and trigger manifests, its assembly, then checks parity.</summary>
internal static class PluginFolderLoader
{
    public const string ManifestFileName = "plugin.json";

    /// <summary>The plugin, or null when it cannot serve anything (its problems are in <paramref name="problems"/>).</summary>
    /// <param name="folder">The plugin folder.</param>
    /// <param name="meta">The manifest meta-schemas.</param>
    /// <param name="problems">Where problems go.</param>
    /// <param name="logger">The host's logger.</param>
    /// <param name="cache">Skips the manifest checks of a folder whose exact bytes passed them before; null checks in full.</param>
    public static LoadedPlugin? Load(string folder, ManifestMetaSchemas meta, ProblemCollector problems, ILogger logger, ManifestCheckCache? cache = null)
    {
        var manifestPath = Path.Combine(folder, ManifestFileName);
        var (plugin, fingerprint) = cache is null ? (null, null) : Fingerprinted(folder, manifestPath, meta);
        var trusted = fingerprint is not null && cache!.IsClean(folder, fingerprint);
        var before = problems.Problems.Count;
        if (!trusted)
        {
            plugin = ManifestReader.Read<PluginManifest>(manifestPath, meta.Plugin, out var errors);
            foreach (var error in errors)
            {
                problems.Add(Path.GetFileName(folder), manifestPath, error);
            }
        }

        if (plugin is null)
        {
            return null;
        }

        // Before anything of the plugin loads: a plugin built for another contract would fail later with a type-load error.
        var incompatible = ContractCompatibility.Problems(plugin);
        foreach (var problem in incompatible)
        {
            problems.Add(plugin.Id, manifestPath, problem);
        }

        if (incompatible.Count > 0)
        {
            return null;
        }

        var shared = SharedDefinitionLoader.Load(plugin.Id, folder, problems);
        var definitions = ActionManifestLoader.Load(plugin, folder, trusted ? null : meta.Action, shared, problems, out var brokenIds);
        var triggers = TriggerManifestLoader.Load(plugin, folder, trusted ? null : meta.Trigger, definitions, problems);
        if (!trusted && cache is not null && problems.Problems.Count == before && FolderFingerprint.Compute(folder, plugin, meta) is { } checkedFingerprint)
        {
            cache.RecordClean(folder, checkedFingerprint);
            fingerprint = checkedFingerprint;
        }

        ManifestReferenceCheck.Check(plugin, manifestPath, definitions, brokenIds, problems);

        var assemblyPath = Path.Combine(folder, plugin.Assembly);
        var bound = trusted ? cache!.Bindings(folder, fingerprint!) : null;
        var implementations = bound is null
            ? Scan(plugin, assemblyPath, problems)
            : new LazyPluginAssembly(Path.GetFullPath(assemblyPath)).Implementations(bound);
        if (implementations is null)
        {
            return null;
        }

        var actions = ParityCheck.Match(plugin, definitions, implementations, brokenIds, assemblyPath, problems);
        if (bound is null && fingerprint is not null && problems.Problems.Count == before)
        {
            // The whole folder is clean with this fingerprint: the next start may bind its actions without loading the assembly.
            cache!.RecordBindings(folder, fingerprint, implementations);
        }

        logger.LoadedPlugin(plugin.Id, plugin.Version, folder, actions.Count);
        return new LoadedPlugin(plugin, folder, actions) { Triggers = triggers };
    }

    private static IReadOnlyList<ActionImplementation>? Scan(PluginManifest plugin, string assemblyPath, ProblemCollector problems)
    {
        var implementations = PluginAssemblyScanner.Scan(assemblyPath, out var errors);
        foreach (var error in errors)
        {
            problems.Add(plugin.Id, assemblyPath, error);
        }

        return implementations;
    }

    // plugin.json read without its meta-schema, only to find the files to fingerprint; trusted only when the fingerprint matches.
    private static (PluginManifest? Plugin, string? Fingerprint) Fingerprinted(string folder, string manifestPath, ManifestMetaSchemas meta)
    {
        var plugin = ManifestReader.Read<PluginManifest>(manifestPath, null, out _);
        return plugin is null ? (null, null) : (plugin, FolderFingerprint.Compute(folder, plugin, meta));
    }
}
