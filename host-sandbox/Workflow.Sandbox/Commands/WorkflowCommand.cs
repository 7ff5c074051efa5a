using System.ComponentModel;
using System.Text.Json.Nodes;
using Spectre.Console;
using Spectre.Console.Cli;
using Workflow.Abstractions;
using Workflow.Sandbox.Hosting;
using Workflow.Sandbox.Output;
using Workflow.Sandbox.Running;
using Workflow.Sandbox.Templating;
using Workflow.Sandbox.Workflows;

namespace Workflow.Sandbox.Commands;

/// <summary><c>workflow &lt;file&gt;</c>: runs a workflow file's steps in order, each step's output feeding the later ones.</summary>
internal sealed class WorkflowCommand(IAnsiConsole console, HostEnvironment environment) : AsyncCommand<WorkflowCommand.Settings>
{
    public sealed class Settings : ConnectionSettings
    {
        [CommandArgument(0, "<FILE>")]
        [Description("The workflow file (format: schemas/workflow.schema.json).")]
        public string File { get; set; } = "";

        [CommandOption("--trigger <TRIGGER>")]
        [Description("The trigger payload: a JSON file, - for stdin, or inline JSON. Default: the file's trigger.example, else {}.")]
        public string? Trigger { get; set; }

        [CommandOption("--run-id <ID>")]
        [Description("The run id every step gets (default: a new one). Pass the same id again to make a re-run reuse its idempotency keys.")]
        public string? RunId { get; set; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        using var session = settings.OpenSession(environment);
        var (workflow, trigger, problem) = await LoadAsync(settings, cancellationToken);
        if (problem is not null)
        {
            return Fail(session.Masker, settings, problem);
        }

        await using var scope = await ConnectionScope.OpenAsync(session, settings, cancellationToken);
        if (scope.Error is { } usage)
        {
            return Fail(session.Masker, settings, Failure(settings.File, HostErrorCodes.Usage, usage, []));
        }

        var runId = settings.RunId ?? $"wf-{Guid.NewGuid():N}";
        var printer = settings.Json ? null : new WorkflowPrinter(console, session.Masker);
        printer?.Header(workflow!, runId, scope.Simulation?.Description);
        var runner = new WorkflowRunner(session.Catalog, scope.Connections, new TemplateRenderer(environment: session.Environment.GetVariable),
            session.LoggerFactory, session.Masker, settings.Timeout, session.OutputValidation);
        var result = await runner.RunAsync(workflow!, trigger, runId, printer is null ? null : printer.Step, cancellationToken);
        if (printer is null)
        {
            JsonOutput.Write(console, session.Masker, WorkflowJson.From(result));
        }
        else
        {
            printer.Summary(workflow!, result);
        }

        return result.ExitCode;
    }

    private async Task<(WorkflowDefinition? Workflow, JsonNode? Trigger, RunOutcome? Problem)> LoadAsync(Settings settings, CancellationToken cancellationToken)
    {
        if (!System.IO.File.Exists(settings.File))
        {
            return (null, null, Failure(settings.File, HostErrorCodes.InvalidWorkflow, $"The workflow file '{settings.File}' does not exist.", []));
        }

        WorkflowDefinition workflow;
        try
        {
            workflow = await WorkflowLoader.CreateDefault().LoadFileAsync(settings.File, cancellationToken);
        }
        catch (WorkflowLoadException ex)
        {
            return (null, null, Failure(settings.File, HostErrorCodes.InvalidWorkflow, $"{ex.Origin} is not a valid workflow ({ex.Errors.Count} error(s)).",
                [.. ex.Errors.Select(e => new ActionErrorDetail(e.Pointer, e.Message))]));
        }

        if (settings.Trigger is null)
        {
            return (workflow, workflow.TriggerExample?.DeepClone() ?? new JsonObject(), null);
        }

        var trigger = InputReader.Read(settings.Trigger, environment.StandardInput, out var error, "--trigger");
        return error is null ? (workflow, trigger, null) : (null, null, Failure(settings.File, HostErrorCodes.InvalidJson, error, []));
    }

    private static RunOutcome Failure(string file, string code, string message, IReadOnlyList<ActionErrorDetail> details) =>
        RunOutcome.Failed(file, RunStatus.InvalidInput, new ActionError { Code = code, Message = message, Details = details });

    // Nothing ran: the same envelope as a run (--json) or the error in red.
    private int Fail(SecretMasker masker, Settings settings, RunOutcome problem)
    {
        if (settings.Json)
        {
            JsonOutput.Write(console, masker, WorkflowJson.NotRun(settings.RunId, problem.Error!));
        }
        else
        {
            OutcomePrinter.Print(console, masker, problem, json: false);
        }

        return problem.ExitCode;
    }
}
