using IncidentPlugin.TestSupport;

namespace IncidentPlugin.Packaging.Tests.Support;

/// <summary>
/// Everything packed, published and built once per test run, in one temp folder that never touches the developer's
/// feeds or package folder: a local feed with the contract, the hosting library and the sandbox tool at a version unique to the run (so no
/// cache anywhere can hold a stale copy), the published plugin folder, and the sample host built from the package.
/// The developer's global packages folder is only read, as a fallback, for third-party packages.
/// </summary>
internal sealed class Artifacts
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static Artifacts? _built;

    private Artifacts(string root) => Root = root;

    public string Root { get; }

    /// <summary>The run's version of the contract and the tool: x.y.z-test.N.</summary>
    public string Version { get; private set; } = "";

    public string Feed => Path.Combine(Root, "feed");

    public string Plugins => Path.Combine(Root, "plugins");

    public string PluginFolder => Path.Combine(Plugins, "incidentio");

    public string MinimalHostDll { get; private set; } = "";

    /// <summary>The run's version of the hosting library package (Workflow.Hosting): x.y.z-test.N.</summary>
    public string HostingVersion { get; private set; } = "";

    public static async Task<Artifacts> GetAsync()
    {
        await Gate.WaitAsync();
        try
        {
            return _built ??= await BuildAsync();
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>Deletes the run's temp folder (called once, after every test of the assembly).</summary>
    public static void DeleteBuilt()
    {
        if (_built is { } built && Directory.Exists(built.Root))
        {
            Directory.Delete(built.Root, recursive: true);
        }
    }

    /// <summary>Runs dotnet with the run's isolated restore settings; fails the test with the output when it fails.</summary>
    public async Task<DotnetProcess.Result> DotnetAsync(params string[] args)
    {
        var result = await DotnetProcess.RunAsync(DotnetProcess.Dotnet, [.. args, .. RestoreProperties()]);
        Assert.That(result.ExitCode, Is.Zero, () => $"dotnet {string.Join(' ', args)}\n{result}");
        return result;
    }

    private IEnumerable<string> RestoreProperties()
    {
        yield return $"-p:RestorePackagesPath={Path.Combine(Root, "packages")}";
        yield return $"-p:RestoreAdditionalProjectSources={Feed}";
        yield return $"-p:WorkflowContractVersion={Version}";
        yield return $"-p:WorkflowHostingVersion={HostingVersion}";
        var global = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        if (Directory.Exists(global))
        {
            yield return $"-p:RestoreFallbackFolders={global}";
        }
    }

    private static async Task<Artifacts> BuildAsync()
    {
        var artifacts = new Artifacts(Path.Combine(Path.GetTempPath(), "incidentplugin-packaging-" + Guid.NewGuid().ToString("N")));
        var contract = VersionOfRepo("WorkflowContractVersion");
        var stamp = $"test.{DateTime.UtcNow:yyyyMMddHHmmss}";
        artifacts.Version = $"{contract}-{stamp}";
        artifacts.HostingVersion = $"{VersionOfRepo("WorkflowHostingVersion")}-{stamp}";
        var built = Path.Combine(artifacts.Root, "artifacts");
        var repo = RepoPaths.Root;
        await artifacts.DotnetAsync("pack", Path.Combine(repo, "plugin", "Workflow.Abstractions"), "-c", "Release", "-o", artifacts.Feed, "--artifacts-path", built);
        await artifacts.DotnetAsync("pack", Path.Combine(repo, "host-sandbox", "Workflow.Hosting"), "-c", "Release", "-o", artifacts.Feed, "--artifacts-path", built);
        await artifacts.DotnetAsync("publish", Path.Combine(repo, "plugin", "IncidentIo.Plugin"), "-c", "Release", "-o", artifacts.PluginFolder, "--artifacts-path", built);
        await artifacts.DotnetAsync("build", Path.Combine(repo, "host-sandbox", "samples", "MinimalHost"), "-c", "Release", "--artifacts-path", built);
        artifacts.MinimalHostDll = Path.Combine(built, "bin", "MinimalHost", "release", "MinimalHost.dll");
        return artifacts;
    }

    // The one place each version is set: Directory.Build.props.
    private static string VersionOfRepo(string property)
    {
        var props = File.ReadAllText(Path.Combine(RepoPaths.Root, "Directory.Build.props"));
        var match = System.Text.RegularExpressions.Regex.Match(props, $"<{property}>([^<]+)</{property}>");
        return match.Success ? match.Groups[1].Value : throw new InvalidOperationException($"No {property} in Directory.Build.props.");
    }
}
