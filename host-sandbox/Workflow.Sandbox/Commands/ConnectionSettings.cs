using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using Workflow.Sandbox.Hosting;
using Workflow.Sandbox.Running;

namespace Workflow.Sandbox.Commands;

/// <summary>Options of the commands that call a service: the connection, the local simulator, the timeout, output validation.</summary>
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

    // A string, not the enum, so that a bad value gets our message naming the option.
    [CommandOption("--output-validation <MODE>")]
    [Description("full: validate every output of every action against its manifest (default). first: validate each action's outputs until one has passed, then trust that action for the rest of this process.")]
    [DefaultValue("full")]
    public string OutputValidationText { get; set; } = "full";

    public OutputValidationMode OutputValidation => Enum.Parse<OutputValidationMode>(OutputValidationText, ignoreCase: true);

    /// <summary>Loads the plugins, with the output validation these options ask for.</summary>
    public override SandboxSession OpenSession(HostEnvironment environment) =>
        SandboxSession.Open(environment, PluginsDirectory, Verbose, outputValidation: OutputValidation);

    public override ValidationResult Validate() =>
        TimeoutSeconds <= 0 ? ValidationResult.Error("--timeout must be a positive number of seconds")
        : !IsOutputValidationMode(OutputValidationText) ? ValidationResult.Error($"--output-validation must be full or first, not '{OutputValidationText}'")
        : Simulate && BaseUrl is not null ? ValidationResult.Error("--simulate and --base-url exclude each other: --simulate sets the base URL")
        : ValidationResult.Success();

    private static bool IsOutputValidationMode(string text) =>
        text.Equals("full", StringComparison.OrdinalIgnoreCase) || text.Equals("first", StringComparison.OrdinalIgnoreCase);
}
