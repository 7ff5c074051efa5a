using System.ComponentModel;
using System.Text.Json.Nodes;
using IncidentIo.Simulator;
using IncidentIo.Simulator.Faults;
using Spectre.Console;
using Spectre.Console.Cli;
using Workflow.Sandbox.Hosting;
using Workflow.Sandbox.Logging;
using Workflow.Sandbox.Output;
using Workflow.Sandbox.Running;

namespace Workflow.Sandbox.Simulation;

/// <summary><c>simulate</c>: serves the incident.io simulator on loopback until Ctrl+C, for several runs to share one state.</summary>
internal sealed class SimulateCommand(IAnsiConsole console, HostEnvironment environment) : AsyncCommand<SimulateCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--port <PORT>")]
        [Description("TCP port on 127.0.0.1; 0 picks a free one.")]
        [DefaultValue(0)]
        public int Port { get; set; }

        [CommandOption("--seed <FILE>")]
        [Description("A seed file replacing the built-in severities, statuses and types (format: IncidentIo.Simulator/README.md).")]
        public string? SeedFile { get; set; }

        [CommandOption("--api-key <KEY>")]
        [Description("The bearer key the simulator accepts (default: sim_local_key). Masked in the output.")]
        public string? ApiKey { get; set; }

        [CommandOption("--faults <SPEC>")]
        [Description("Injected faults, e.g. latency=50ms,rate429=0.1,rate5xx=0.05,seed=42.")]
        public string? Faults { get; set; }

        [CommandOption("--json")]
        [Description("Print {base_url, api_key, faults} as one JSON line, then serve.")]
        public bool Json { get; set; }

        public override ValidationResult Validate() =>
            Port is < 0 or > 65535 ? ValidationResult.Error("--port must be 0-65535") : ValidationResult.Success();
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        // The simulator's own key is not a secret of the user; one they chose might be.
        environment.Masker.Add(settings.ApiKey);
        FaultSpec faults;
        try
        {
            faults = FaultSpec.Parse(settings.Faults);
        }
        catch (FormatException ex)
        {
            return Error($"--faults: {ex.Message}", ExitCodes.InvalidInput);
        }

        // Request lines (method, path, status; never a key) on stderr, so the terminal shows the traffic.
        using var loggerFactory = SandboxLogging.Create(verbose: true, environment.ConfigureLogging);
        var options = new SimulatorOptions
        {
            Port = settings.Port, ApiKey = settings.ApiKey ?? SimulatorOptions.DefaultApiKey, SeedFile = settings.SeedFile, Faults = faults, LoggerFactory = loggerFactory,
        };
        if (options.Validate() is { Count: > 0 } problems)
        {
            return Error(string.Join(" ", problems), ExitCodes.InvalidInput);
        }

        LocalSimulation simulation;
        try
        {
            simulation = await LocalSimulation.StartAsync(options, cancellationToken);
        }
        catch (InvalidDataException ex)
        {
            return Error($"--seed: {ex.Message}", ExitCodes.InvalidInput);
        }
        catch (IOException ex)
        {
            return Error($"Cannot listen on 127.0.0.1:{settings.Port}: {ex.Message}", ExitCodes.HostError);
        }

        await using (simulation)
        {
            Announce(simulation, settings);
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
            console.MarkupLine("Simulator stopped.");
        }

        return ExitCodes.Success;
    }

    private void Announce(LocalSimulation simulation, Settings settings)
    {
        var key = environment.Masker.Mask(simulation.ApiKey);
        if (settings.Json)
        {
            JsonOutput.WriteLine(console, environment.Masker, new JsonObject { ["base_url"] = simulation.BaseUrl, ["api_key"] = key, ["faults"] = simulation.Faults.ToString() });
            return;
        }

        console.MarkupLine($"[bold]incident.io simulator listening on {simulation.BaseUrl}[/] (Ctrl+C to stop)");
        console.MarkupLine($"API key: {Markup.Escape(key)}{(settings.ApiKey is null ? "" : " (the one you gave)")}");
        console.MarkupLine($"Faults:  {Markup.Escape(simulation.Faults.ToString())}");
        console.MarkupLine("Run against it from another terminal:");
        console.MarkupLine(Markup.Escape($"  {LocalSimulation.ApiKeyVariable}={key} dotnet Workflow.Sandbox.dll workflow <file> --base-url {simulation.BaseUrl}"));
    }

    private int Error(string message, int exitCode)
    {
        console.MarkupLine($"[red]✗ simulate: {Markup.Escape(environment.Masker.Mask(message))}[/]");
        return exitCode;
    }
}
