using System.ComponentModel;
using Spectre.Console.Cli;

namespace Workflow.Sandbox.Commands;

/// <summary>Options of the commands that run one action: the connection and the run identity.</summary>
internal class ExecutionSettings : ConnectionSettings
{
    [CommandOption("--run-id <ID>")]
    [Description("Workflow run id passed to the action (default: a new ad-hoc id).")]
    public string? RunId { get; set; }

    [CommandOption("--step-id <ID>")]
    [Description("Step id passed to the action (default: the action id).")]
    public string? StepId { get; set; }
}
