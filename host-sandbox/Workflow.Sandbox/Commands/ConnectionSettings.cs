using Workflow.Hosting.Running;

namespace Workflow.Sandbox.Commands;

/// <summary>Options of the commands that call a service: the connection, the local simulator, the timeout, output validation.</summary>
internal class ConnectionSettings : SandboxSettings
{
    public string? BaseUrl { get; set; }

    public string? ApiKeyFile { get; set; }

    public string? AlertSourceTokenFile { get; set; }

    public bool Simulate { get; set; }

    public int TimeoutSeconds { get; set; } = 100;

    public TimeSpan Timeout => TimeSpan.FromSeconds(TimeoutSeconds);

    // A string, not the enum, so that a bad value gets our message naming the option.
    public string OutputValidationText { get; set; } = "full";

    public OutputValidationMode OutputValidation => Enum.Parse<OutputValidationMode>(OutputValidationText, ignoreCase: true);

    /// <summary>Declares the options every command has and --base-url, --api-key-file, --alert-source-token-file, --simulate, --timeout, --output-validation.</summary>
    public static new void Declare<T>(SettingsBinder<T> binder)
        where T : ConnectionSettings, new()
    {
        SandboxSettings.Declare(binder);
        binder
            .Option<string>("--base-url", "URL", "Sets the connection field base_url.", (s, v) => s.BaseUrl = v)
            .Option<string>("--api-key-file", "FILE", "Sets the secret connection field api_key from a file (a trailing newline is ignored).", (s, v) => s.ApiKeyFile = v)
            .Option<string>("--alert-source-token-file", "FILE", "Sets the secret connection field alert_source_token (an alert source's token) from a file.", (s, v) => s.AlertSourceTokenFile = v)
            .Flag("--simulate", "Start the local incident.io simulator in-process and point the incident.io connection at it (no key, no network).", (s, v) => s.Simulate = v)
            .Option("--timeout", "SECONDS", "How long each action may run.", (s, v) => s.TimeoutSeconds = v, 100)
            .Option<string>(
                "--output-validation", "MODE",
                "full: validate every output of every action against its manifest (default). first: validate each action's outputs until one has passed, then trust that action for the rest of this process.",
                (s, v) => s.OutputValidationText = v ?? "full", "full");
    }

    public override string? Validate() =>
        TimeoutSeconds <= 0 ? "--timeout must be a positive number of seconds"
        : !IsOutputValidationMode(OutputValidationText) ? $"--output-validation must be full or first, not '{OutputValidationText}'"
        : Simulate && BaseUrl is not null ? "--simulate and --base-url exclude each other: --simulate sets the base URL"
        : null;

    private static bool IsOutputValidationMode(string text) =>
        text.Equals("full", StringComparison.OrdinalIgnoreCase) || text.Equals("first", StringComparison.OrdinalIgnoreCase);
}
