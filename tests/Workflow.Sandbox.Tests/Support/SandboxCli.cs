using System.Text;
using Microsoft.Extensions.Logging;
using Spectre.Console.Cli.Testing;
using Spectre.Console.Testing;
using Workflow.Sandbox.Cli;
using Workflow.Sandbox.Hosting;
using Workflow.Sandbox.Output;
using Workflow.Sandbox.Plugins;

namespace Workflow.Sandbox.Tests.Support;

/// <summary>The host's real command tree on a test console, with a fake environment (variables, stdin, logs).</summary>
internal sealed class SandboxCli
{
    public SandboxCli(IReadOnlyDictionary<string, string>? variables = null, string standardInput = "", ManifestCheckCache? checkCache = null)
    {
        var environment = new HostEnvironment
        {
            Masker = Masker,
            GetVariable = name => variables?.GetValueOrDefault(name),
            StandardInput = new MemoryStream(Encoding.UTF8.GetBytes(standardInput)),
            DefaultPluginsDirectory = TestPaths.FixturePlugins,
            ConfigureLogging = builder => builder.AddProvider(Logs),
            ManifestCheckCache = checkCache ?? TestPaths.CheckCache,
        };
        var console = new TestConsole().Width(4000);
        Tester = new CommandAppTester(null, new CommandAppTesterSettings(), console);
        Tester.Configure(config => Program.ConfigureCommands(config, environment, new CliExceptionHandler(console, Masker)));
    }

    public SecretMasker Masker { get; } = new();

    public ListLoggerProvider Logs { get; } = new();

    public CommandAppTester Tester { get; }

    public Task<CommandAppResult> RunAsync(params string[] args) => Tester.RunAsync(StdinArgument.Normalize(args));
}
