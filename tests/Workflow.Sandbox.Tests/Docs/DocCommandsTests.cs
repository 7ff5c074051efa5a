using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using IncidentPlugin.TestSupport;
using Workflow.Sandbox.Tests.EndToEnd;
using Workflow.Sandbox.Tests.Support;

namespace Workflow.Sandbox.Tests.Docs;

/// <summary>
/// The docs run as written: every command of <see cref="DocCommands.Files"/> and every --help example, from the repo
/// root against the built host (`dotnet Workflow.Sandbox.dll`). Each must exit as documented (0 unless its comment
/// says "exits N"); a server must come up. What is skipped, and why, is printed.
/// </summary>
public partial class DocCommandsTests
{
    [Test]
    public async Task Docs_EveryCommandAndHelpExample_RunsAsDocumented()
    {
        var commands = DocCommands.FromDocs(RepoPaths.Root).Concat(HelpExamples()).ToList();
        var failures = new List<string>();
        var ran = 0;
        foreach (var block in commands.GroupBy(c => c.Block))
        {
            var ports = new Dictionary<string, string>(StringComparer.Ordinal);
            var servers = new List<Process>();
            var stateDir = Directory.CreateTempSubdirectory("doc-commands-");
            try
            {
                foreach (var command in block)
                {
                    if (command.HostArgs is null)
                    {
                        await TestContext.Out.WriteLineAsync($"skipped  {command}  ({command.Skip})");
                        continue;
                    }

                    var args = Offline(command, ports, stateDir.FullName);
                    ran++;
                    await TestContext.Out.WriteLineAsync($"ran      {command}  → {string.Join(' ', args)}");
                    var problem = command.RunsUntilStopped
                        ? await StartServerAsync(command, args, servers)
                        : await RunAsync(command, args);
                    if (problem is not null)
                    {
                        failures.Add($"{command}\n{problem}");
                    }
                }
            }
            finally
            {
                foreach (var server in servers)
                {
                    server.Kill(entireProcessTree: true);
                    await server.WaitForExitAsync();
                    server.Dispose();
                }

                stateDir.Delete(recursive: true);
            }
        }

        await TestContext.Out.WriteLineAsync($"{ran} commands ran, {commands.Count(c => c.HostArgs is null)} skipped");
        Assert.Multiple(() =>
        {
            Assert.That(failures, Is.Empty, string.Join("\n\n", failures));
            Assert.That(commands.Count(c => c.Source.StartsWith("--help", StringComparison.Ordinal)), Is.GreaterThanOrEqualTo(SandboxCli.CommandTree().Subcommands.Count - 2),
                "most commands show an example in --help");
        });
    }

    [Test]
    public void Words_QuotedJsonAndComment_SplitAsBashDoes()
    {
        var words = DocCommands.Words("""X=1 run a --input '{"b": "c d"}' "e f"   # exits 2: why""", out var comment);

        Assert.That(words, Is.EqualTo(Seq.Of("X=1", "run", "a", "--input", """{"b": "c d"}""", "e f")));
        Assert.That(comment, Is.EqualTo("exits 2: why"));
    }

    [Test]
    public void FromHelp_RemoteCommandWithoutSimulate_SimulateAdded()
    {
        var command = DocCommands.FromHelp("run", "run incidentio.list_severities --input '{}'", 1);

        Assert.That(command.HostArgs, Is.EqualTo(Seq.Of("run", "incidentio.list_severities", "--input", "{}", "--simulate")));
    }

    // The example line of every command's --help.
    private static IEnumerable<DocCommand> HelpExamples() =>
        SandboxCli.CommandTree().Subcommands
            .Select(c => (c.Name, Example: ExampleLine().Match(c.Description ?? "")))
            .Where(c => c.Example.Success)
            .Select((c, i) => DocCommands.FromHelp(c.Name, c.Example.Groups[1].Value, 100_000 + i));

    // A documented fixed port becomes a free one (the same one wherever the block repeats it); state goes to a temp folder.
    private static List<string> Offline(DocCommand command, Dictionary<string, string> ports, string stateDir)
    {
        var args = command.HostArgs!.ToList();
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] is "--port" or "--http" && i + 1 < args.Count)
            {
                args[i + 1] = ports.TryGetValue(args[i + 1], out var free) ? free : ports[args[i + 1]] = FreePort();
            }
            else if (args[i] == "--state-dir" && i + 1 < args.Count)
            {
                args[i + 1] = stateDir;
            }
            else
            {
                args[i] = LoopbackPort().Replace(args[i], m => $"127.0.0.1:{ports.GetValueOrDefault(m.Groups[1].Value, m.Groups[1].Value)}");
            }
        }

        if (command.RunsUntilStopped && !args.Contains("--port") && !args.Contains("--http"))
        {
            args.AddRange(["--port", FreePort()]);
        }

        return args;
    }

    private static async Task<string?> RunAsync(DocCommand command, List<string> args)
    {
        using var process = Start(command, args);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return process.ExitCode == command.ExpectedExitCode
            ? null
            : $"exit {process.ExitCode}, documented {command.ExpectedExitCode}\n--- stdout\n{await stdout}\n--- stderr\n{await stderr}";
    }

    // Up when it prints its first line (the URL, or the base URL and key); it stays up until the block ends.
    private static async Task<string?> StartServerAsync(DocCommand command, List<string> args, List<Process> servers)
    {
        var process = Start(command, args);
        servers.Add(process);
        var first = process.StandardOutput.ReadLineAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        var done = await Task.WhenAny(first, Task.Delay(TimeSpan.FromMinutes(1)));
        if (done == first && await first is not null)
        {
            _ = process.StandardOutput.ReadToEndAsync(); // keep draining
            return null;
        }

        return process.HasExited ? $"exited {process.ExitCode} instead of serving\n--- stderr\n{await stderr}" : "printed nothing within a minute";
    }

    private static Process Start(DocCommand command, List<string> args)
    {
        var start = HostProcess.StartInfo(command.Environment.ToDictionary(p => p.Key, string? (p) => p.Value), args);
        start.WorkingDirectory = RepoPaths.Root;
        var process = Process.Start(start)!;
        process.StandardInput.Close();
        return process;
    }

    private static string FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"^Example: (.+)$", RegexOptions.Multiline)]
    private static partial Regex ExampleLine();

    [GeneratedRegex(@"127\.0\.0\.1:(\d+)")]
    private static partial Regex LoopbackPort();
}
