using Workflow.Hosting.Plugins;
using Workflow.Sandbox.Tests.Support;

namespace Workflow.Sandbox.Tests.Mcp;

/// <summary>The real incident.io plugin as the published host loads it, once for the MCP unit tests.</summary>
internal static class RealCatalog
{
    private static readonly Lazy<PluginCatalog> Loaded = new(() => FixtureCatalog.Load(TestPaths.RealPlugins));

    public static PluginCatalog Instance => Loaded.Value;
}
