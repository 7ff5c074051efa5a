using Microsoft.Extensions.Logging.Abstractions;
using Workflow.Sandbox.Plugins;
using Workflow.Sandbox.Tests.Support;
using Workflow.Sandbox.Validation;

namespace Workflow.Sandbox.Tests.Mcp;

/// <summary>The real incident.io plugin as the published host loads it, once for the MCP unit tests.</summary>
internal static class RealCatalog
{
    private static readonly Lazy<PluginCatalog> Loaded = new(() =>
        PluginCatalogLoader.Load(TestPaths.RealPlugins, ManifestMetaSchemas.Load(TestPaths.Schemas), NullLogger.Instance));

    public static PluginCatalog Instance => Loaded.Value;
}
