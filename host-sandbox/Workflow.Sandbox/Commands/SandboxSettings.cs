using System.ComponentModel;
using Spectre.Console.Cli;
using Workflow.Sandbox.Hosting;

namespace Workflow.Sandbox.Commands;

/// <summary>Options every command takes.</summary>
internal class SandboxSettings : CommandSettings
{
    [CommandOption("--plugins <DIR>")]
    [Description("Plugins directory: one folder per plugin, each with a plugin.json. Default: plugins/ next to the host.")]
    public string? PluginsDirectory { get; set; }

    [CommandOption("--verbose")]
    [Description("Debug logs on stderr (stack traces included).")]
    public bool Verbose { get; set; }

    [CommandOption("--json")]
    [Description("Machine-readable JSON on stdout, nothing else.")]
    public bool Json { get; set; }

    /// <summary>Loads the plugins these options name.</summary>
    public virtual SandboxSession OpenSession(HostEnvironment environment) => SandboxSession.Open(environment, PluginsDirectory, Verbose);
}
