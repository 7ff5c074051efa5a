using System.Diagnostics;
using System.Text.Json.Nodes;
using IncidentPlugin.TestSupport;
using Workflow.Sandbox.Tests.Support;

namespace Workflow.Sandbox.Tests.Mcp;

/// <summary>
/// A client nobody here wrote: the MCP Inspector's CLI mode (npm <c>@modelcontextprotocol/inspector</c>) starts
/// <c>mcp --simulate</c> itself, lists the tools and calls list_severities. Installed by
/// tests/tools/install-mcp-inspector.sh (which .ci/run runs first); skipped, saying why, without Node.js or the package.
/// </summary>
[Category("EndToEnd")]
public class InspectorCliTests
{
    private string _inspector = null!;

    [OneTimeSetUp]
    public async Task InstallAsync()
    {
        var install = await RunAsync("bash", [Path.Combine(RepoPaths.Root, "tests", "tools", "install-mcp-inspector.sh")], TimeSpan.FromMinutes(5));
        if (install.ExitCode != 0)
        {
            Assert.Ignore($"The MCP Inspector could not be installed, so this client test is skipped: {install.StandardError.Trim()}");
        }

        _inspector = Path.Combine(install.StandardOutput.Trim(), "node_modules", ".bin", "mcp-inspector");
    }

    [Test]
    public async Task Inspector_ToolsList_EveryActionAsATool()
    {
        var result = await InspectAsync("--method", "tools/list");

        var names = JsonNode.Parse(result)!["tools"]!.AsArray().Select(t => (string)t!["name"]!).ToList();
        Assert.That(names, Is.EquivalentTo(RealCatalog.Instance.Actions.Select(a => a.Id.Replace('.', '_'))));
    }

    [Test]
    public async Task Inspector_CallListSeverities_SimulatorSeverities()
    {
        var result = await InspectAsync("--method", "tools/call", "--tool-name", "incidentio_list_severities");

        var severities = JsonNode.Parse(result)!["structuredContent"]!["severities"]!.AsArray();
        Assert.That(severities.Select(s => (string)s!["name"]!), Does.Contain("Minor").And.Contain("Critical"));
    }

    private async Task<string> InspectAsync(params string[] method)
    {
        string[] server = ["--cli", "-e", $"XDG_CACHE_HOME={TestPaths.CacheHome}", Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet", TestPaths.HostDll, "mcp", "--simulate"];
        var run = await RunAsync(_inspector, [.. server, .. method], TimeSpan.FromMinutes(2));
        Assert.That(run.ExitCode, Is.Zero, run.StandardError);
        return run.StandardOutput;
    }

    private static async Task<(int ExitCode, string StandardOutput, string StandardError)> RunAsync(string file, string[] args, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        try
        {
            using var process = Process.Start(start)!;
            process.StandardInput.Close();
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            using var deadline = new CancellationTokenSource(timeout);
            try
            {
                await process.WaitForExitAsync(deadline.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                return (-1, await stdout, $"{file} did not finish within {timeout.TotalSeconds:0} s. {await stderr}");
            }

            return (process.ExitCode, await stdout, await stderr);
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            return (-1, "", $"{file} cannot be started: {ex.Message}");
        }
    }
}
