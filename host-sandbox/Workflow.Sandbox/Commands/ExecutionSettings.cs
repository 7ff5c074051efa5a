using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Workflow.Sandbox.Commands;

/// <summary>Options of the commands that run an action: the connection, run identity and timeout.</summary>
internal class ExecutionSettings : SandboxSettings
{
    [CommandOption("--base-url <URL>")]
    [Description("Sets the connection field base_url.")]
    public string? BaseUrl { get; set; }

    [CommandOption("--api-key-file <FILE>")]
    [Description("Sets the secret connection field api_key from a file (a trailing newline is ignored).")]
    public string? ApiKeyFile { get; set; }

    [CommandOption("--run-id <ID>")]
    [Description("Workflow run id passed to the action (default: a new ad-hoc id).")]
    public string? RunId { get; set; }

    [CommandOption("--step-id <ID>")]
    [Description("Step id passed to the action (default: the action id).")]
    public string? StepId { get; set; }

    [CommandOption("--timeout <SECONDS>")]
    [Description("How long the action may run.")]
    [DefaultValue(100)]
    public int TimeoutSeconds { get; set; } = 100;

    public override ValidationResult Validate() =>
        TimeoutSeconds > 0 ? ValidationResult.Success() : ValidationResult.Error("--timeout must be a positive number of seconds");
}
