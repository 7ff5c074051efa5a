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

    /// <summary>The host's meta-schemas, copied to the output beside it.</summary>
    public static string Schemas => Path.Combine(AppContext.BaseDirectory, "schemas");
}
