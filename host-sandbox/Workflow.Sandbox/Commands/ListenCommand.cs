using System.CommandLine;
using System.Text.Json.Nodes;
using Spectre.Console;
using Workflow.Hosting.Masking;
using Workflow.Hosting.Output;
using Workflow.Hosting.Running;
using Workflow.Hosting.Sessions;
using Workflow.Hosting.Templating;
using Workflow.Hosting.Triggers;
using Workflow.Hosting.Workflows;
using Workflow.Sandbox.Cli;
using Workflow.Sandbox.Rendering;
using Workflow.Sandbox.Simulation;

namespace Workflow.Sandbox.Commands;

/// <summary>
/// <c>listen WORKFLOW_FILE...</c>: receives incident.io webhooks on 127.0.0.1 and runs the workflows they trigger
/// until Ctrl+C. A thin front-end over <see cref="WebhookReceiver"/> and <see cref="DeliveryDispatcher"/>.
/// </summary>
internal static class ListenCommand
{
    /// <summary>Where the signing secret comes from when no file is given.</summary>
    public const string SecretVariable = "INCIDENTIO_WEBHOOK_SECRET";

    public sealed class Settings : ConnectionSettings
    {
        public string[] Files { get; set; } = [];

        public int Port { get; set; } = 8790;

        public string? WebhookSecretFile { get; set; }

        public string? StateDirectory { get; set; }

        public int Concurrency { get; set; } = 4;

        public string? Poll { get; set; }

        /// <summary>Accept and record deliveries but run none (a paused queue); they run at the next start without it.</summary>
        public bool HoldRuns { get; set; }

        /// <summary><see cref="Poll"/> as a duration: <c>60s</c>, <c>5m</c>, <c>1h</c>, <c>500ms</c> or plain seconds; null when not given or invalid.</summary>
        public TimeSpan? PollInterval => Poll is null ? null : ParseInterval(Poll);

        public override string? Validate() =>
            Concurrency < 1 ? "--concurrency must be at least 1"
            : Poll is not null && PollInterval is not { TotalSeconds: >= 1 } ? $"--poll must be an interval of at least 1 s, e.g. 60s or 5m, not '{Poll}'"
            : Port is < 0 or > 65535 ? "--port must be 0-65535"
            : HoldRuns && StateDirectory is null ? "--hold-runs needs --state-dir DIR: held deliveries must survive until listen runs them"
            : base.Validate();

        private static TimeSpan? ParseInterval(string text)
        {
            var (digits, unit) = text.EndsWith("ms", StringComparison.Ordinal) ? (text[..^2], 0.001)
                : text.EndsWith('s') ? (text[..^1], 1)
                : text.EndsWith('m') ? (text[..^1], 60)
                : text.EndsWith('h') ? (text[..^1], 3600)
                : (text, 1.0);
            return int.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value)
                ? TimeSpan.FromSeconds(value * unit)
                : null;
        }
    }

    public static Command Create(CommandServices services)
    {
        var command = new Command(
            "listen", "Receive incident.io webhooks on 127.0.0.1 and run the workflows they trigger, until Ctrl+C.\nExample: listen host-sandbox/examples/critical-incident-created.json --simulate");
        var binder = new SettingsBinder<Settings>(command)
            .Arguments("WORKFLOW_FILE", "Workflow files whose trigger.on names a trigger (see `list`).", (s, v) => s.Files = v)
            .Option("--port", "PORT", "Port on 127.0.0.1 (0: a free one).", (s, v) => s.Port = v, 8790)
            .Option<string>(
                "--webhook-secret-file", "FILE",
                $"The endpoint's signing secret (whsec_…) from a file. Default: ${SecretVariable}. Without one the receiver does not start.", (s, v) => s.WebhookSecretFile = v)
            .Option<string>(
                "--state-dir", "DIR",
                "Keep accepted deliveries and finished runs in DIR/deliveries.db (SQLite): after a restart, every accepted delivery runs, none twice.", (s, v) => s.StateDirectory = v)
            .Option("--concurrency", "N", "Deliveries processed at the same time.", (s, v) => s.Concurrency = v, 4)
            .Option<string>(
                "--poll", "INTERVAL",
                "Run the workflows of polling triggers (e.g. incidentio.incident_changed_polling): poll now and every INTERVAL (60s, 5m, 1h).",
                (s, v) => s.Poll = v)
            .Flag(
                "--hold-runs",
                "Accept, verify and record deliveries in --state-dir, but run none (a paused queue, e.g. for maintenance); the next listen without it runs each held delivery once.",
                (s, v) => s.HoldRuns = v);
        ConnectionSettings.Declare(binder);
        return binder.OnRun(services, ExecuteAsync);
    }

    public static async Task<int> ExecuteAsync(CommandServices services, Settings settings, CancellationToken cancellationToken)
    {
        var environment = services.Environment;
        var terminal = services.Terminal;
        using var session = CommandSessions.Open(environment, settings);
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
                var details = ex is WorkflowLoadException load ? string.Join("; ", load.Errors) : ex.Message;
                return Fail(terminal, session.Masker, $"{file} is not a valid workflow: {details}");
            }
        }

        var router = TriggerRouter.Build(workflows, session.Catalog, out var problems);
        if (problems.Count > 0)
        {
            return Fail(terminal, session.Masker, string.Join(Environment.NewLine, problems));
        }

        var polled = router.Routes.Select(r => r.Trigger).Where(t => t.Manifest.Poll is not null).Distinct().ToList();
        if (polled.Count > 0 && settings.PollInterval is null)
        {
            return Fail(terminal, session.Masker, $"{string.Join(", ", polled.Select(t => t.Id))} is a polling trigger: pass --poll INTERVAL (e.g. --poll 60s).");
        }

        if (polled.Count == 0 && settings.PollInterval is not null)
        {
            return Fail(terminal, session.Masker, "--poll: no listed workflow's trigger.on names a polling trigger (see `list`).");
        }

        // Polling alone needs no signing secret: the receiver then gets a made-up one, so it accepts no delivery.
        var onlyPolling = router.Routes.All(r => r.Trigger.Manifest.Poll is not null);
        var secret = ReadSecret(environment, settings, onlyPolling, out var secretProblem, out var generated);
        if (secret is null)
        {
            return Fail(terminal, session.Masker, secretProblem!);
        }

        session.Masker.Add(secret);
        WebhookVerifier verifier;
        try
        {
            verifier = new WebhookVerifier(secret);
        }
        catch (ArgumentException ex)
        {
            return Fail(terminal, session.Masker, ex.Message);
        }

        LocalSimulation? simulation = null;
        await using var scope = await CommandSessions.OpenConnectionsAsync(session, settings, started => simulation = started, cancellationToken);
        if (scope.Error is { } usage)
        {
            return Fail(terminal, session.Masker, usage);
        }

        IDeliveryStore opened;
        try
        {
            opened = settings.StateDirectory is { } dir ? SqliteDeliveryStore.Open(dir) : new InMemoryDeliveryStore();
        }
        catch (Exception ex) when (ex is Microsoft.Data.Sqlite.SqliteException or InvalidDataException or IOException or UnauthorizedAccessException)
        {
            // A file listen cannot read (corrupt, another program's, a newer schema) or a folder it cannot write.
            return Fail(terminal, session.Masker, $"--state-dir: cannot open {SqliteDeliveryStore.FileName}: {ex.Message}", ExitCodes.HostError);
        }

        using var store = opened;
        var renderer = new TemplateRenderer(environment: session.Environment.GetVariable);
        var runner = new WorkflowRunner(session.Catalog, scope.Connections, renderer, session.LoggerFactory, session.Masker, settings.Timeout, session.OutputValidation);
        var payloads = new TriggerPayloadBuilder(session.Catalog, scope.Connections, renderer, session.LoggerFactory, session.Masker, settings.Timeout);
        var print = new Lock();
        await using var dispatcher = new DeliveryDispatcher(router, store, payloads, runner, renderer, settings.Concurrency, run =>
        {
            // One line per finished run: JSON with --json, a summary otherwise; never interleaved.
            var line = settings.Json ? TriggeredRunJson.From(run).ToJsonString() : TriggeredRunJson.Line(run);
            lock (print)
            {
                terminal.Out.WriteLine(session.Masker.Mask(line));
                terminal.Out.Flush();
            }
        }, hold: settings.HoldRuns);

        WebhookReceiver receiver;
        try
        {
            receiver = await WebhookReceiver.StartAsync(verifier, router, store, dispatcher, settings.Port, cancellationToken);
        }
        catch (IOException ex)
        {
            return Fail(terminal, session.Masker, $"Cannot listen on 127.0.0.1:{settings.Port}: {ex.Message}", ExitCodes.HostError);
        }

        await using (receiver)
        {
            // --simulate: the simulator's webhooks come here, signed with the receiver's secret.
            simulation?.SendWebhooksTo(new Uri(receiver.Url), secret);
            var pending = store.Pending();
            if (settings.Json)
            {
                lock (print)
                {
                    JsonOutput.WriteLine(terminal.Out, session.Masker, Ready(receiver, router, pending.Count, settings.HoldRuns, simulation));
                }
            }
            else
            {
                Announce(terminal.Console, receiver, router, pending.Count, settings.HoldRuns, scope.Description, simulation, generated);
                foreach (var trigger in polled)
                {
                    terminal.Console.MarkupLine(Markup.Escape($"Polling {trigger.Id} ({trigger.Manifest.Poll!.Action}) now and every {settings.Poll}."));
                }
            }

            // After the first line, so a run line never comes before it. Held: they stay pending.
            foreach (var delivery in pending)
            {
                dispatcher.Enqueue(delivery);
            }

            var pollers = polled.Select(trigger => new TriggerPoller(
                trigger, session.Catalog, scope.Connections, renderer, session.LoggerFactory, session.Masker, settings.Timeout, store, dispatcher)).ToList();
            var polling = pollers.Select(poller => Task.Run(() => poller.RunAsync(settings.PollInterval!.Value, result =>
            {
                if (PollLine(poller, result, settings.Json) is { } line)
                {
                    lock (print)
                    {
                        terminal.Out.WriteLine(session.Masker.Mask(line));
                        terminal.Out.Flush();
                    }
                }
            }, cancellationToken))).ToList();

            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C / SIGTERM: stop receiving and polling; runs in flight stop, and stay pending in a --state-dir store.
            }

            await Task.WhenAll(polling);
        }

        return ExitCodes.Success;
    }

    /// <summary>A poll that queued changes or failed, as a line (<c>--json</c>: <c>{poll, listed, accepted, watermark, error?}</c>); null for a quiet poll.</summary>
    private static string? PollLine(TriggerPoller poller, TriggerPoller.PollResult result, bool json)
    {
        if (result.Error is null && result.Accepted == 0)
        {
            return null;
        }

        if (json)
        {
            var line = new JsonObject
            {
                ["poll"] = poller.EventType, ["listed"] = result.Listed, ["accepted"] = result.Accepted, ["watermark"] = result.Watermark.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            };
            if (result.Error is { } error)
            {
                line["error"] = ActionErrorJson.From(error);
            }

            return line.ToJsonString();
        }

        return result.Error is { } failed
            ? $"✗ poll {poller.EventType}: {failed.Code}: {failed.Message} (retried at the next interval)"
            : $"↻ poll {poller.EventType}: {result.Accepted} new change(s) of {result.Listed} listed; watermark {result.Watermark:O}";
    }

    /// <summary>The first line of <c>--json</c>: where it listens (and the simulator's URL with --simulate), before any run line.</summary>
    private static JsonObject Ready(WebhookReceiver receiver, TriggerRouter router, int pending, bool held, LocalSimulation? simulation) => new()
    {
        ["url"] = receiver.Url,
        ["workflows"] = new JsonArray([.. router.Routes.Select(r => JsonValue.Create(r.Key))]),
        ["pending"] = pending,
        ["runs_held"] = held,
        ["simulator_url"] = simulation?.BaseUrl,
    };

    private static void Announce(
        IAnsiConsole console, WebhookReceiver receiver, TriggerRouter router, int pending, bool held, string? connection, LocalSimulation? simulation, bool generatedSecret)
    {
        console.MarkupLine($"[bold]Listening on {Markup.Escape(receiver.Url)}[/] for {router.Routes.Count} workflow(s); Ctrl+C to stop.");
        foreach (var route in router.Routes)
        {
            console.MarkupLine(Markup.Escape($"  {route.Key} ← {route.Trigger.Id} ({string.Join(", ", route.Trigger.Manifest.Events.Select(e => e.Type))})"));
        }

        if (held)
        {
            console.MarkupLine($"[yellow]Runs are held (--hold-runs): deliveries are verified, recorded and acknowledged, not run; {pending} held so far. Start listen without --hold-runs to run each once.[/]");
        }
        else if (pending > 0)
        {
            console.MarkupLine($"[grey]{pending} accepted delivery(ies) from before the restart queued again.[/]");
        }

        if (connection is not null)
        {
            console.MarkupLine($"[grey]{Markup.Escape(connection)}[/]");
        }

        if (simulation is not null)
        {
            var secret = generatedSecret ? "a secret generated for this run" : "your signing secret";
            console.MarkupLine(Markup.Escape($"The simulator sends its webhooks (incidents, follow-ups, alerts, escalations) here, signed with {secret}. Declare an incident from another terminal:"));
            console.MarkupLine(Markup.Escape(
                $"  {LocalSimulation.ApiKeyVariable}={simulation.ApiKey} dotnet Workflow.Sandbox.dll run incidentio.create_incident --base-url {simulation.BaseUrl} " +
                "--input '{\"name\": \"Checkout is down\", \"severity_id\": \"01HQ5SP1XPA7Z3DJ8FSSZ5AWSH\", \"idempotency_key\": \"demo-1\"}'"));
        }
    }

    private static string? ReadSecret(HostEnvironment environment, Settings settings, bool onlyPolling, out string? problem, out bool generated)
    {
        problem = null;
        generated = false;
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
        if (string.IsNullOrWhiteSpace(value) && (settings.Simulate || onlyPolling))
        {
            // Only the in-process simulator signs with it (or nothing does), so nobody needs to see it.
            generated = true;
            return WebhookVerifier.NewSecret();
        }

        if (string.IsNullOrWhiteSpace(value))
        {
            problem = $"No webhook signing secret: set {SecretVariable} or pass --webhook-secret-file (incident.io: Settings → Webhooks → your endpoint → Signing secret), or use --simulate. The receiver does not start without one.";
            return null;
        }

        return value.Trim();
    }

    private static int Fail(Terminal terminal, SecretMasker masker, string message, int exitCode = ExitCodes.InvalidInput)
    {
        terminal.Console.MarkupLine($"[red]✗ listen: {Markup.Escape(masker.Mask(message))}[/]");
        return exitCode;
    }
}
