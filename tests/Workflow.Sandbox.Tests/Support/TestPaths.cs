using Workflow.Hosting.Plugins;

namespace Workflow.Sandbox.Tests.Support;

/// <summary>Where the build put the fixture plugins and the published host.</summary>
internal static class TestPaths
{
    /// <summary>The test-only plugins (sample, greeter), published by this project's build.</summary>
    public static string FixturePlugins => Path.Combine(AppContext.BaseDirectory, "fixture-plugins");

    public static string SamplePlugin => Path.Combine(FixturePlugins, "sample");

    public static string GreeterPlugin => Path.Combine(FixturePlugins, "greeter");

    /// <summary>The host as `dotnet publish` gives it, with the real incident.io plugin in its plugins/.</summary>
    public static string HostDll => Path.Combine(AppContext.BaseDirectory, "sandbox-host", "Workflow.Sandbox.dll");

    public static string RealPlugins => Path.Combine(AppContext.BaseDirectory, "sandbox-host", "plugins");

    /// <summary>
    /// Where the tests' hosts keep their manifest check cache: in the build output, never the developer's
    /// ~/.cache (in-process hosts use <see cref="CheckCache"/>, host processes get it as XDG_CACHE_HOME).
    /// </summary>
    public static string CacheHome => Path.Combine(AppContext.BaseDirectory, "test-cache");

    /// <summary>The manifest check cache under <see cref="CacheHome"/>, where a host process started with it would put it.</summary>
    public static ManifestCheckCache CheckCache { get; } = new(Path.Combine(CacheHome, "incidentplugin-sandbox"));

    /// <summary>The host's meta-schemas, copied to the output beside it.</summary>
    public static string Schemas => Path.Combine(AppContext.BaseDirectory, "schemas");
}
