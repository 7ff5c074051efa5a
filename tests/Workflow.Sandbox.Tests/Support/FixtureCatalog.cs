using Microsoft.Extensions.Logging.Abstractions;
using Workflow.Hosting.Plugins;
using Workflow.Hosting.Validation;

namespace Workflow.Sandbox.Tests.Support;

/// <summary>The fixture plugins (sample, greeter), loaded once for unit tests.</summary>
internal static class FixtureCatalog
{
    private static readonly Lazy<PluginCatalog> Loaded = new(() => Load(TestPaths.FixturePlugins));

    public static PluginCatalog Instance => Loaded.Value;

    /// <summary>Loads the plugins under <paramref name="directory"/> with the host's meta-schemas.</summary>
    public static PluginCatalog Load(string directory) =>
        PluginCatalogLoader.Load(directory, ManifestMetaSchemas.Load(TestPaths.Schemas), NullLogger.Instance);

    public static LoadedAction Action(string id) => Instance.FindAction(id) ?? throw new InvalidOperationException($"fixture action {id} is missing");
}
