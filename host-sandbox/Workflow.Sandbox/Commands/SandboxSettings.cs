namespace Workflow.Sandbox.Commands;

/// <summary>Options every command takes. Plain data: reading them loads nothing.</summary>
internal class SandboxSettings : CommandSettings
{
    public string? PluginsDirectory { get; set; }

    public bool Verbose { get; set; }

    public bool Json { get; set; }

    /// <summary>Check every manifest in full, whatever the manifest-check cache says.</summary>
    public bool NoCache { get; set; }

    /// <summary>Declares --plugins, --verbose, --json and --no-cache on a command.</summary>
    public static void Declare<T>(SettingsBinder<T> binder)
        where T : SandboxSettings, new() => binder
        .Option<string>("--plugins", "DIR", "Plugins directory: one folder per plugin, each with a plugin.json. Default: plugins/ next to the host.", (s, v) => s.PluginsDirectory = v)
        .Flag("--verbose", "Debug logs on stderr (stack traces included).", (s, v) => s.Verbose = v)
        .Flag("--json", "Machine-readable JSON on stdout, nothing else.", (s, v) => s.Json = v)
        .Flag("--no-cache", "Check every manifest in full instead of trusting the manifest-check cache for unchanged plugin folders.", (s, v) => s.NoCache = v);
}
