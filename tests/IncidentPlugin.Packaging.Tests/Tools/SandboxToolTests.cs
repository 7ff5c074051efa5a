using System.Text.Json.Nodes;
using IncidentPlugin.Packaging.Tests.Support;
using IncidentPlugin.TestSupport;

namespace IncidentPlugin.Packaging.Tests.Tools;

/// <summary>`dotnet pack host-sandbox/Workflow.Sandbox` as a user installs it: a .NET tool carrying the incident.io plugin folder.</summary>
[Category("Packaging")]
public class SandboxToolTests
{
    [Test]
    public async Task Pack_InstalledIntoAToolPath_ListsTheIncidentIoActions()
    {
        var artifacts = await Artifacts.GetAsync();
        var toolPath = Path.Combine(artifacts.Root, "tools");
        await artifacts.DotnetAsync("pack", Path.Combine(RepoPaths.Root, "host-sandbox", "Workflow.Sandbox"), "-c", "Release",
            "-o", artifacts.Feed, "--artifacts-path", Path.Combine(artifacts.Root, "artifacts"), $"-p:PackageVersion={artifacts.Version}");
        // Its own packages folder: the install never writes to the developer's.
        var install = await DotnetProcess.RunAsync(DotnetProcess.Dotnet,
            ["tool", "install", "Workflow.Sandbox", "--tool-path", toolPath, "--add-source", artifacts.Feed, "--version", artifacts.Version],
            new Dictionary<string, string?> { ["NUGET_PACKAGES"] = Path.Combine(artifacts.Root, "tool-packages") });
        Assert.That(install.ExitCode, Is.Zero, install.ToString());

        var list = await DotnetProcess.RunAsync(Path.Combine(toolPath, "workflow-sandbox"), ["list", "--json"],
            new Dictionary<string, string?> { ["XDG_CACHE_HOME"] = Path.Combine(artifacts.Root, "cache") });

        Assert.That(list.ExitCode, Is.Zero, list.ToString());
        var listed = JsonNode.Parse(list.StandardOutput)!;
        var actions = listed["plugins"]!.AsArray().SelectMany(p => p!["actions"]!.AsArray()).Select(a => a!["id"]!.GetValue<string>());
        Assert.That(actions, Does.Contain("incidentio.create_incident").And.Contain("incidentio.list_incidents"));
        Assert.That(listed["problems"]!.AsArray(), Is.Empty, list.ToString());
    }
}
