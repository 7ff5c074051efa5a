using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using Workflow.Sandbox.Hosting;
using Workflow.Sandbox.Output;
using Workflow.Sandbox.Templating;
using Workflow.Sandbox.Triggers;
using Workflow.Sandbox.Workflows;

namespace Workflow.Sandbox.Commands;

/// <summary>
/// <c>listen WORKFLOW_FILE...</c>: receives incident.io webhooks on 127.0.0.1 and runs the workflows they trigger
/// until Ctrl+C. A thin front-end over <see cref="WebhookReceiver"/> and <see cref="DeliveryDispatcher"/>.
/// </summary>
internal sealed class ListenCommand(IAnsiConsole console, HostEnvironment environment) : AsyncCommand<ListenCommand.Settings>
{
    /// <summary>Where the signing secret comes from when no file is given.</summary>
    public const string SecretVariable = "INCIDENTIO_WEBHOOK_SECRET";

    public sealed class Settings : ConnectionSettings
    {
        [CommandArgument(0, "<WORKFLOW_FILE>")]
        [Description("Workflow files whose trigger.on names a trigger (see `list`).")]
        public string[] Files { get; set; } = [];

        [CommandOption("--port <PORT>")]
        [Description("Port on 127.0.0.1 (0: a free one).")]
        [DefaultValue(8790)]
        public int Port { get; set; } = 8790;

        [CommandOption("--webhook-secret-file <FILE>")]
        [Description("The endpoint's signing secret (whsec_…) from a file. Default: $INCIDENTIO_WEBHOOK_SECRET. Without one the receiver does not start.")]
        public string? WebhookSecretFile { get; set; }

        [CommandOption("--state-dir <DIR>")]
        [Description("Keep accepted deliveries and finished runs in DIR/deliveries.db (SQLite): after a restart, every accepted delivery runs, none twice.")]
        public string? StateDirectory { get; set; }

        [CommandOption("--concurrency <N>")]
        [Description("Deliveries processed at the same time.")]
        [DefaultValue(4)]
        public int Concurrency { get; set; } = 4;

        public override ValidationResult Validate() =>
            Concurrency < 1 ? ValidationResult.Error("--concurrency must be at least 1")
            : Port is < 0 or > 65535 ? ValidationResult.Error("--port must be 0–65535")
            : base.Validate();
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        using var session = settings.OpenSession(environment);
        var secret = ReadSecret(settings, out var secretProblem);
        if (secret is null)
        {
            return Fail(secretProblem!);
        }

        session.Masker.Add(secret);
        WebhookVerifier verifier;
        try
        {
            verifier = new WebhookVerifier(secret);
        }
        catch (ArgumentException ex)
        {
            return Fail(ex.Message);
        }

        var workflows = new List<(string, WorkflowDefinition)>();
        var loader = WorkflowLoader.CreateDefault();
        foreach (var file in settings.Files)
        {
            try
            {
                workflows.Add((Path.GetFileNameWithoutExtension(file), await loader.LoadFileAsync(file, cancellationToken)));
            }
            catch (Exception ex) when (ex is WorkflowLoadException or IOException or UnauthorizedAccessException)
            {
                var details = ex is WorkflowLoadException load ? string.Join("; ", load.Errors.Select(e => $"{e.Pointer}: {e.Message}")) : ex.Message;
                return Fail($"{file} is not a valid workflow: {details}");
            }
        }

        var router = TriggerRouter.Build(workflows, session.Catalog, out var problems);
        if (problems.Count > 0)
        {
            return Fail(string.Join(Environment.NewLine, problems));
        }

        await using var scope = await ConnectionScope.OpenAsync(session, settings, cancellationToken);
        if (scope.Error is { } usage)
        {
            return Fail(usage);
        }

        using IDeliveryStore store = settings.StateDirectory is { } dir ? SqliteDeliveryStore.Open(dir) : new InMemoryDeliveryStore();
        var renderer = new TemplateRenderer(environment: session.Environment.GetVariable);
        var runner = new WorkflowRunner(session.Catalog, scope.Connections, renderer, session.LoggerFactory, session.Masker, settings.Timeout, session.OutputValidation);
        var payloads = new TriggerPayloadBuilder(session.Catalog, scope.Connections, renderer, session.LoggerFactory, session.Masker, settings.Timeout);
        var print = new Lock();
        await using var dispatcher = new DeliveryDispatcher(router, store, payloads, runner, renderer, settings.Concurrency, run =>
        {
            lock (print)
            {
                if (settings.Json)
                {
                    console.WriteLine(session.Masker.Mask(TriggeredRunJson.From(run).ToJsonString()));
                }
                else
                {
                    console.WriteLine(session.Masker.Mask(TriggeredRunJson.Line(run)));
                }
            }
        });

        WebhookReceiver receiver;
        try
        {
            receiver = await WebhookReceiver.StartAsync(verifier, router, store, dispatcher, settings.Port, cancellationToken);
        }
        catch (IOException ex)
        {
            return Fail($"Cannot listen on 127.0.0.1:{settings.Port}: {ex.Message}");
        }

        await using (receiver)
        {
            var pending = store.Pending();
            foreach (var delivery in pending)
            {
                dispatcher.Enqueue(delivery);
            }

            if (!settings.Json)
            {
                console.MarkupLine($"[bold]Listening on {Markup.Escape(receiver.Url)}[/] for {router.Routes.Count} workflow(s); Ctrl+C to stop.");
                foreach (var route in router.Routes)
                {
                    console.MarkupLine(Markup.Escape($"  {route.Key} ← {route.Trigger.Id} ({string.Join(", ", route.Trigger.Manifest.Events.Select(e => e.Type))})"));
                }

                if (pending.Count > 0)
                {
                    console.MarkupLine($"[grey]{pending.Count} accepted delivery(ies) from before the restart queued again.[/]");
                }

                if (scope.Simulation?.Description is { } note)
                {
                    console.MarkupLine($"[grey]{Markup.Escape(note)}[/]");
                }
            }

            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C / SIGTERM: stop receiving; runs in flight stop, and stay pending in a --state-dir store.
            }
        }

        return 0;
    }

    private string? ReadSecret(Settings settings, out string? problem)
    {
        problem = null;
        if (settings.WebhookSecretFile is { } file)
        {
            try
            {
                return File.ReadAllText(file).Trim();
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                problem = $"Cannot read --webhook-secret-file '{file}': {ex.Message}";
                return null;
            }
        }

        var value = environment.GetVariable(SecretVariable);
        if (string.IsNullOrWhiteSpace(value))
        {
            problem = $"No webhook signing secret: set {SecretVariable} or pass --webhook-secret-file (incident.io: Settings → Webhooks → your endpoint → Signing secret). The receiver does not start without one.";
            return null;
        }

        return value.Trim();
    }

    private int Fail(string message)
    {
        console.MarkupLine($"[red]{Markup.Escape(environment.Masker.Mask(message))}[/]");
        return Running.ExitCodes.For(Running.RunStatus.InvalidInput);
    }
}
