using System.Text;
using Microsoft.Extensions.Logging;
using Workflow.Hosting.Masking;
using Workflow.Hosting.Plugins;
using Workflow.Hosting.Sessions;
using Workflow.Sandbox.Cli;
using Workflow.Sandbox.Rendering;

namespace Workflow.Sandbox.Tests.Support;

/// <summary>The host's real command tree writing to a buffer, with a fake environment (variables, stdin, logs).</summary>
internal sealed class SandboxCli
{
    private readonly HostEnvironment _environment;

    public SandboxCli(IReadOnlyDictionary<string, string>? variables = null, string standardInput = "", ManifestCheckCache? checkCache = null)
    {
        _environment = new HostEnvironment
        {
            Masker = Masker,
            GetVariable = name => variables?.GetValueOrDefault(name),
            StandardInput = new MemoryStream(Encoding.UTF8.GetBytes(standardInput)),
            DefaultPluginsDirectory = TestPaths.FixturePlugins,
            ConfigureLogging = builder => builder.AddProvider(Logs),
            ManifestCheckCache = checkCache ?? TestPaths.CheckCache,
        };
    }

    public SecretMasker Masker { get; } = new();

    public ListLoggerProvider Logs { get; } = new();

    /// <summary>The host's command tree (to read its commands, options and --help texts; not to run).</summary>
    public static System.CommandLine.RootCommand CommandTree() =>
        Program.CommandTree(CommandServices.Create(new HostEnvironment { Masker = new SecretMasker() }, new Terminal(TextWriter.Null, plain: true)));

    /// <summary>Runs one command line through the host's command tree.</summary>
    public async Task<CliResult> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        var services = CommandServices.Create(_environment, new Terminal(output, plain: true));
        var exitCode = await Program.RunAsync(services, args, CancellationToken.None);
        return new CliResult(exitCode, CliResult.Tidy(output.ToString()));
    }
}
