using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Workflow.Sandbox.Commands;

/// <summary>Options of the commands that call a service: the connection, the local simulator, the timeout.</summary>
internal class ConnectionSettings : SandboxSettings
{
    [CommandOption("--base-url <URL>")]
    [Description("Sets the connection field base_url.")]
    public string? BaseUrl { get; set; }

    [CommandOption("--api-key-file <FILE>")]
    [Description("Sets the secret connection field api_key from a file (a trailing newline is ignored).")]
    public string? ApiKeyFile { get; set; }

    [CommandOption("--simulate")]
    [Description("Start the local incident.io simulator in-process and point the incident.io connection at it (no key, no network).")]
    public bool Simulate { get; set; }

    [CommandOption("--timeout <SECONDS>")]
    [Description("How long each action may run.")]
    [DefaultValue(100)]
    public int TimeoutSeconds { get; set; } = 100;

    public TimeSpan Timeout => TimeSpan.FromSeconds(TimeoutSeconds);

    public override ValidationResult Validate() =>
        TimeoutSeconds <= 0 ? ValidationResult.Error("--timeout must be a positive number of seconds")
        : Simulate && BaseUrl is not null ? ValidationResult.Error("--simulate and --base-url exclude each other: --simulate sets the base URL")
        : ValidationResult.Success();
}
