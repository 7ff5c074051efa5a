using System.CommandLine;
using Workflow.Hosting.Running;
using Workflow.Hosting.Sessions;
using Workflow.Sandbox.Cli;
using Workflow.Sandbox.Rendering;

namespace Workflow.Sandbox.Commands;

/// <summary><c>run &lt;action-id&gt; --input …</c>: runs one action and prints its output or error.</summary>
internal static class RunCommand
{
    public sealed class Settings : ExecutionSettings
    {
        public string ActionId { get; set; } = "";

        public string? Input { get; set; }
    }

    public static Command Create(CommandServices services)
    {
        var command = new Command("run", "Run one action.\nExample: run incidentio.list_incidents --input '{\"status_category\": {\"one_of\": [\"live\"]}}' --simulate");
        var binder = new SettingsBinder<Settings>(command)
            .Argument("ACTION_ID", "The action to run, e.g. incidentio.get_incident.", (s, v) => s.ActionId = v)
            .Option<string>("--input", "INPUT", "The input: a JSON file, - for stdin, or inline JSON. Default: {}.", (s, v) => s.Input = v);
        ExecutionSettings.Declare(binder);
        return binder.OnRun(services, ExecuteAsync);
    }

    public static async Task<int> ExecuteAsync(CommandServices services, Settings settings, CancellationToken cancellationToken)
    {
        using var session = CommandSessions.Open(services.Environment, settings);
        var input = InputReader.Read(settings.Input, services.Environment.StandardInput, out var error);
        var outcome = error is null
            ? await ActionExecution.RunAsync(
                session, settings.ActionId, input, token => CommandSessions.OpenConnectionsAsync(session, settings, token), settings.RunId, settings.StepId, settings.Timeout, cancellationToken)
            : RunOutcome.Failed(settings.ActionId, RunStatus.InvalidInput, HostErrorCodes.InvalidJson, error);
        OutcomePrinter.Print(services.Terminal, session.Masker, outcome, settings.Json);
        return outcome.ExitCode;
    }
}
