using System.Reflection;

namespace Benchmarks.Harness;

/// <summary>Where the built sandbox host (with its real plugins/ folder) and the hello-world baseline are.</summary>
internal static class BenchPaths
{
    private static readonly string RepoRoot = Metadata("RepoRoot");
    private static readonly string Configuration = Metadata("Configuration");

    /// <summary>The sandbox's build output: Workflow.Sandbox.dll, schemas/, plugins/incidentio/.</summary>
    public static string SandboxDirectory => Output("host-sandbox/Workflow.Sandbox");

    public static string SandboxDll => Path.Combine(SandboxDirectory, "Workflow.Sandbox.dll");

    public static string Plugins => Path.Combine(SandboxDirectory, "plugins");

    public static string Schemas => Path.Combine(SandboxDirectory, "schemas");

    public static string HelloWorldDll => Path.Combine(Output("tests/Benchmarks/HelloWorld"), "HelloWorld.dll");

    public static string DotnetHost => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";

    private static string Output(string project) => Path.Combine(RepoRoot, project, "bin", Configuration, "net10.0");

    private static string Metadata(string key) =>
        typeof(BenchPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value
        ?? throw new InvalidOperationException($"Assembly metadata {key} is missing.");
}
