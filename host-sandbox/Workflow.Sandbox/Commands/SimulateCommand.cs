using System.CommandLine;
using System.Text.Json.Nodes;
using IncidentIo.Simulator;
using IncidentIo.Simulator.Faults;
using Spectre.Console;
using Workflow.Hosting.Logging;
using Workflow.Hosting.Output;
using Workflow.Hosting.Running;
using Workflow.Hosting.Sessions;
using Workflow.Sandbox.Cli;
using Workflow.Sandbox.Rendering;
using Workflow.Sandbox.Simulation;

namespace Workflow.Sandbox.Commands;

/// <summary><c>simulate</c>: serves the incident.io simulator on loopback until Ctrl+C, for several runs to share one state.</summary>
internal static class SimulateCommand
{
    // Not SandboxSettings: simulate loads no plugins, so it has no --plugins or --verbose.
    public sealed class Settings : CommandSettings
    {
        public bool Json { get; set; }

        public int Port { get; set; }

        public string? SeedFile { get; set; }

        public string? ApiKey { get; set; }

        public string? Faults { get; set; }

        public string? WebhookUrl { get; set; }

        public string? WebhookSecretFile { get; set; }

        public override string? Validate() =>
            Port is < 0 or > 65535 ? "--port must be 0-65535"
            : (WebhookUrl is null) != (WebhookSecretFile is null) ? "--webhook-url and --webhook-secret-file go together"
            : WebhookUrl is not null && !(Uri.TryCreate(WebhookUrl, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps))
                ? $"--webhook-url must be an absolute http(s) URL, not '{WebhookUrl}'"
            : null;
    }

    public static Command Create(CommandServices services)
    {
        var binder = new SettingsBinder<Settings>(new Command("simulate", "Serve the local incident.io simulator on 127.0.0.1 until Ctrl+C.\nExample: simulate --port 8765"))
            .Option("--port", "PORT", "TCP port on 127.0.0.1; 0 picks a free one.", (s, v) => s.Port = v, 0)
            .Option<string>("--seed", "FILE", "A seed file replacing the built-in severities, statuses and types (format: IncidentIo.Simulator/README.md).", (s, v) => s.SeedFile = v)
            .Option<string>("--api-key", "KEY", "The bearer key the simulator accepts (default: sim_local_key). Masked in the output.", (s, v) => s.ApiKey = v)
            .Option<string>("--faults", "SPEC", "Injected faults, e.g. latency=50ms,rate429=0.1,rate5xx=0.05,seed=42.", (s, v) => s.Faults = v)
            .Option<string>(
                "--webhook-url", "URL",
                "Send incident created / updated / status updated webhooks here (e.g. a listen receiver's URL), signed and retried like incident.io's.",
                (s, v) => s.WebhookUrl = v)
            .Option<string>("--webhook-secret-file", "FILE", "The signing secret (whsec_…) for --webhook-url, from a file. Never printed.", (s, v) => s.WebhookSecretFile = v)
            .Flag("--json", "Print {base_url, api_key, faults} as one JSON line, then serve.", (s, v) => s.Json = v);
        return binder.OnRun(services, ExecuteAsync);
    }

    public static async Task<int> ExecuteAsync(CommandServices services, Settings settings, CancellationToken cancellationToken)
    {
        var environment = services.Environment;
        var terminal = services.Terminal;
        // The simulator's own key is not a secret of the user; one they chose might be.
        environment.Masker.Add(settings.ApiKey);
        FaultSpec faults;
        try
        {
            faults = FaultSpec.Parse(settings.Faults);
        }
        catch (FormatException ex)
        {
            return Error(terminal, environment, $"--faults: {ex.Message}", ExitCodes.InvalidInput);
        }

        string? webhookSecret = null;
        if (settings.WebhookSecretFile is { } secretFile)
        {
            try
            {
                webhookSecret = File.ReadAllText(secretFile).Trim();
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                return Error(terminal, environment, $"Cannot read --webhook-secret-file '{secretFile}': {ex.Message}", ExitCodes.InvalidInput);
            }

            if (webhookSecret.Length == 0)
            {
                return Error(terminal, environment, $"--webhook-secret-file '{secretFile}' is empty.", ExitCodes.InvalidInput);
            }

            environment.Masker.Add(webhookSecret);
        }

        // Request lines (method, path, status; never a key) on stderr, so the terminal shows the traffic.
        using var loggerFactory = SandboxLogging.Create(verbose: true, environment.ConfigureLogging);
        var options = new SimulatorOptions
        {
            Port = settings.Port, ApiKey = settings.ApiKey ?? SimulatorOptions.DefaultApiKey, SeedFile = settings.SeedFile, Faults = faults, LoggerFactory = loggerFactory,
        };
        if (options.Validate() is { Count: > 0 } problems)
        {
            return Error(terminal, environment, string.Join(" ", problems), ExitCodes.InvalidInput);
        }

        LocalSimulation simulation;
        try
        {
            simulation = await LocalSimulation.StartAsync(options, cancellationToken);
        }
        catch (InvalidDataException ex)
        {
            return Error(terminal, environment, $"--seed: {ex.Message}", ExitCodes.InvalidInput);
        }
        catch (IOException ex)
        {
            return Error(terminal, environment, $"Cannot listen on 127.0.0.1:{settings.Port}: {ex.Message}", ExitCodes.HostError);
        }

        await using (simulation)
        {
            if (webhookSecret is not null)
            {
                simulation.SendWebhooksTo(new Uri(settings.WebhookUrl!), webhookSecret);
            }

            Announce(terminal, environment, simulation, settings);
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C: stop serving.
            }
        }

        if (!settings.Json)
        {
            terminal.Console.MarkupLine("Simulator stopped.");
        }

        return ExitCodes.Success;
    }

    private static void Announce(Terminal terminal, HostEnvironment environment, LocalSimulation simulation, Settings settings)
    {
        var key = environment.Masker.Mask(simulation.ApiKey);
        if (settings.Json)
        {
            JsonOutput.WriteLine(terminal.Out, environment.Masker, new JsonObject
            {
                ["base_url"] = simulation.BaseUrl, ["api_key"] = key, ["faults"] = simulation.Faults.ToString(), ["webhook_url"] = settings.WebhookUrl,
            });
            return;
        }

        var console = terminal.Console;
        console.MarkupLine($"[bold]incident.io simulator listening on {simulation.BaseUrl}[/] (Ctrl+C to stop)");
        console.MarkupLine($"API key: {Markup.Escape(key)}{(settings.ApiKey is null ? "" : " (the one you gave)")}");
        console.MarkupLine($"Faults:  {Markup.Escape(simulation.Faults.ToString())}");
        if (settings.WebhookUrl is { } webhookUrl)
        {
            console.MarkupLine($"Webhooks: incident created / updated / status updated → {Markup.Escape(webhookUrl)} (signed; retried with backoff)");
        }

        console.MarkupLine("Run against it from another terminal:");
        console.MarkupLine(Markup.Escape($"  {LocalSimulation.ApiKeyVariable}={key} dotnet Workflow.Sandbox.dll workflow <file> --base-url {simulation.BaseUrl}"));
    }

    private static int Error(Terminal terminal, HostEnvironment environment, string message, int exitCode)
    {
        terminal.Console.MarkupLine($"[red]✗ simulate: {Markup.Escape(environment.Masker.Mask(message))}[/]");
        return exitCode;
    }
}
