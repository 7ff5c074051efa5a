using Microsoft.Extensions.Logging.Abstractions;
using Workflow.Hosting.Plugins;
using Workflow.Hosting.Validation;

namespace Workflow.Sandbox.Tests.Support;

/// <summary>The fixture plugins (sample, greeter), loaded once for unit tests.</summary>
internal static class FixtureCatalog
{
    private static readonly Lazy<PluginCatalog> Loaded = new(() =>
        PluginCatalogLoader.Load(TestPaths.FixturePlugins, ManifestMetaSchemas.Load(TestPaths.Schemas), NullLogger.Instance));

    public static PluginCatalog Instance => Loaded.Value;

    public static LoadedAction Action(string id) => Instance.FindAction(id) ?? throw new InvalidOperationException($"fixture action {id} is missing");
}
