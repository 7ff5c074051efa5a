using Workflow.Hosting.Sessions;

namespace Workflow.Sandbox.Commands;

/// <summary>Options every command takes. Plain data: reading them loads nothing.</summary>
internal class SandboxSettings : CommandSettings
{
    public string? PluginsDirectory { get; set; }

    public bool Verbose { get; set; }

    public bool Json { get; set; }

    /// <summary>Declares --plugins, --verbose and --json on a command.</summary>
    public static void Declare<T>(SettingsBinder<T> binder)
        where T : SandboxSettings, new() => binder
        .Option<string>("--plugins", "DIR", "Plugins directory: one folder per plugin, each with a plugin.json. Default: plugins/ next to the host.", (s, v) => s.PluginsDirectory = v)
        .Flag("--verbose", "Debug logs on stderr (stack traces included).", (s, v) => s.Verbose = v)
        .Flag("--json", "Machine-readable JSON on stdout, nothing else.", (s, v) => s.Json = v);

    /// <summary>Loads the plugins these options name.</summary>
    public virtual SandboxSession OpenSession(HostEnvironment environment) => SandboxSession.Open(environment, PluginsDirectory, Verbose);
}
