using System.Text;
using Workflow.Sandbox.Tests.Support;

namespace Workflow.Sandbox.Tests.EndToEnd;

/// <summary>
/// The published host loads Spectre.Console only when it renders: <c>--json</c> goes straight to stdout. Seen from
/// outside, in the runtime's own record of the assemblies it loaded (an EventPipe trace of the loader events).
/// </summary>
[Category("EndToEnd")]
public class RenderingLoadEndToEndTests
{
    [TestCase(true, false)]
    [TestCase(false, true)]
    public async Task List_JsonOrTables_SpectreLoadedOnlyForTables(bool json, bool spectreExpected)
    {
        var trace = Path.Combine(Path.GetTempPath(), $"sandbox-load-{Guid.NewGuid():N}.nettrace");
        var environment = new Dictionary<string, string?>
        {
            ["DOTNET_EnableEventPipe"] = "1",
            ["DOTNET_EventPipeOutputPath"] = trace,
            ["DOTNET_EventPipeConfig"] = "Microsoft-Windows-DotNETRuntime:0x8:4", // the Loader keyword: one event per assembly
        };
        try
        {
            var result = await HostProcess.RunAsync(environment, json ? ["list", "--json", "--plugins", TestPaths.FixturePlugins] : ["list", "--plugins", TestPaths.FixturePlugins]);
            var loaded = await File.ReadAllBytesAsync(trace);

            Assert.That(result.ExitCode, Is.Zero, result.ToString());
            Assert.That(Contains(loaded, "Workflow.Hosting"), Is.True, "the trace records the host's own assemblies");
            Assert.That(Contains(loaded, "Spectre.Console"), Is.EqualTo(spectreExpected));
        }
        finally
        {
            File.Delete(trace);
        }
    }

    // Assembly names are UTF-16 strings in the trace's loader events.
    private static bool Contains(byte[] trace, string name) => trace.AsSpan().IndexOf(Encoding.Unicode.GetBytes(name)) >= 0;
}
