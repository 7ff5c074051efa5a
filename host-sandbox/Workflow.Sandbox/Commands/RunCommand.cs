using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using Workflow.Sandbox.Hosting;
using Workflow.Sandbox.Output;
using Workflow.Sandbox.Running;

namespace Workflow.Sandbox.Commands;

/// <summary><c>run &lt;action-id&gt; --input …</c>: runs one action and prints its output or error.</summary>
internal sealed class RunCommand(IAnsiConsole console, HostEnvironment environment) : AsyncCommand<RunCommand.Settings>
{
    public sealed class Settings : ExecutionSettings
    {
        [CommandArgument(0, "<ACTION_ID>")]
        [Description("The action to run, e.g. incidentio.get_incident.")]
        public string ActionId { get; set; } = "";

        [CommandOption("--input <INPUT>")]
        [Description("The input: a JSON file, - for stdin, or inline JSON. Default: {}.")]
        public string? Input { get; set; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        using var session = settings.OpenSession(environment);
        var input = InputReader.Read(settings.Input, environment.StandardInput, out var error);
        var outcome = error is null
            ? await ActionExecution.RunAsync(session, settings, settings.ActionId, input, cancellationToken)
            : RunOutcome.Failed(settings.ActionId, RunStatus.InvalidInput, HostErrorCodes.InvalidJson, error);
        OutcomePrinter.Print(console, session.Masker, outcome, settings.Json);
        return outcome.ExitCode;
    }
}
