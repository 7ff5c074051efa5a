using System.CommandLine;
using System.Text.Json.Nodes;
using Spectre.Console;
using Workflow.Abstractions;
using Workflow.Hosting.Masking;
using Workflow.Hosting.Output;
using Workflow.Hosting.Running;
using Workflow.Hosting.Sessions;
using Workflow.Hosting.Templating;
using Workflow.Hosting.Text;
using Workflow.Hosting.Triggers;
using Workflow.Hosting.Workflows;
using Workflow.Sandbox.Cli;
using Workflow.Sandbox.Rendering;

namespace Workflow.Sandbox.Commands;

/// <summary><c>workflow &lt;file&gt;</c>: runs a workflow file's steps in order, each step's output feeding the later ones.</summary>
internal static class WorkflowCommand
{
    public sealed class Settings : ConnectionSettings
    {
        public string File { get; set; } = "";

        public string? Trigger { get; set; }

        public string? TriggerFile { get; set; }

        public string? RunId { get; set; }

        public override string? Validate() =>
            Trigger is not null && TriggerFile is not null ? "--trigger and --trigger-file exclude each other" : base.Validate();
    }

    public static Command Create(CommandServices services)
    {
        var command = new Command(
            "workflow", "Run a workflow file: each step's templated input rendered, validated and run in order.\nExample: workflow host-sandbox/examples/alert-to-incident.json --simulate");
        var binder = new SettingsBinder<Settings>(command)
            .Argument("FILE", "The workflow file (format: schemas/workflow.schema.json).", (s, v) => s.File = v)
            .Option<string>("--trigger", "TRIGGER", "The trigger payload: a JSON file, - for stdin, or inline JSON. Default: the file's trigger.example, else {}.", (s, v) => s.Trigger = v)
            .Option<string>(
                "--trigger-file", "FILE",
                "Run one recorded webhook delivery (incident.io's {event_type, <event_type>: payload}) as listen would: its event must be one trigger.on covers, " +
                "a private event is completed with the trigger's read action, and trigger.if is checked.",
                (s, v) => s.TriggerFile = v)
            .Option<string>(
                "--run-id", "ID", "The run id every step gets (default: a new one). Pass the same id again to make a re-run reuse its idempotency keys.", (s, v) => s.RunId = v);
        ConnectionSettings.Declare(binder);
        return binder.OnRun(services, ExecuteAsync);
    }

    public static async Task<int> ExecuteAsync(CommandServices services, Settings settings, CancellationToken cancellationToken)
    {
        var environment = services.Environment;
        using var session = CommandSessions.Open(environment, settings);
        var (workflow, trigger, problem) = await LoadAsync(environment, settings, cancellationToken);
        RecordedDelivery? delivery = null;
        if (problem is null && settings.TriggerFile is { } triggerFile)
        {
            delivery = RecordedDelivery.Load(triggerFile, workflow!, Path.GetFileNameWithoutExtension(settings.File), session.Catalog, out var mismatch);
            problem = mismatch is null ? null : RunOutcome.Failed(settings.File, RunStatus.InvalidInput, mismatch);
        }

        if (problem is not null)
        {
            return Fail(services.Terminal, session.Masker, settings, problem);
        }

        await using var scope = await CommandSessions.OpenConnectionsAsync(session, settings, cancellationToken);
        if (scope.Error is { } usage)
        {
            return Fail(services.Terminal, session.Masker, settings, Failure(settings.File, HostErrorCodes.Usage, usage, []));
        }

        var runId = settings.RunId ?? $"wf-{Guid.NewGuid():N}";
        var printer = settings.Json ? null : new WorkflowPrinter(services.Terminal.Console, session.Masker);
        printer?.Header(workflow!, runId, scope.Description);
        var renderer = new TemplateRenderer(environment: session.Environment.GetVariable);
        var runner = new WorkflowRunner(session.Catalog, scope.Connections, renderer, session.LoggerFactory, session.Masker, settings.Timeout, session.OutputValidation);
        WorkflowRunResult result;
        if (delivery is null)
        {
            result = await runner.RunAsync(workflow!, trigger, runId, printer is null ? null : printer.Step, cancellationToken);
        }
        else
        {
            var payloads = new TriggerPayloadBuilder(session.Catalog, scope.Connections, renderer, session.LoggerFactory, session.Masker, settings.Timeout);
            var run = await new TriggeredWorkflowRunner(payloads, runner, renderer)
                .RunAsync(delivery.Route, delivery.EventType, delivery.Body, delivery.WebhookId, runId, printer is null ? null : printer.Step, cancellationToken);
            if (run.Result is null)
            {
                return NotRun(services.Terminal, session.Masker, settings, run);
            }

            result = run.Result;
        }

        if (printer is null)
        {
            JsonOutput.Write(services.Terminal.Out, session.Masker, WorkflowJson.From(result));
        }
        else
        {
            printer.Summary(workflow!, result);
        }

        return result.ExitCode;
    }

    private static async Task<(WorkflowDefinition? Workflow, JsonNode? Trigger, RunOutcome? Problem)> LoadAsync(
        HostEnvironment environment, Settings settings, CancellationToken cancellationToken)
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
            return (null, null, Failure(settings.File, HostErrorCodes.InvalidWorkflow, $"{ex.Origin} is not a valid workflow ({Counted.Of(ex.Errors.Count, "problem")}).",
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

    // A recorded delivery that started no run: trigger.if was false (exit 0), or its trigger could not be built
    // (the private event's completion failed: exit 1; a template error in trigger.if: exit 2).
    private static int NotRun(Terminal terminal, SecretMasker masker, Settings settings, TriggeredRun run)
    {
        if (run.Error is not { } error)
        {
            if (settings.Json)
            {
                JsonOutput.Write(terminal.Out, masker, new JsonObject { ["ok"] = true, ["run_id"] = run.RunId, ["filtered"] = true, ["steps"] = new JsonArray() });
            }
            else
            {
                terminal.Console.MarkupLine(Markup.Escape($"- trigger.if is false for this {run.EventType} delivery: nothing ran."));
            }

            return ExitCodes.Success;
        }

        var status = error.Code == HostErrorCodes.TemplateError ? RunStatus.InvalidInput : RunStatus.ActionFailed;
        return Fail(terminal, masker, settings, RunOutcome.Failed(settings.File, status, error));
    }

    // Nothing ran: the same envelope as a run (--json) or the error in red.
    private static int Fail(Terminal terminal, SecretMasker masker, Settings settings, RunOutcome problem)
    {
        if (settings.Json)
        {
            JsonOutput.Write(terminal.Out, masker, WorkflowJson.NotRun(settings.RunId, problem.Error!));
        }
        else
        {
            OutcomePrinter.Print(terminal, masker, problem, json: false);
        }

        return problem.ExitCode;
    }
}
