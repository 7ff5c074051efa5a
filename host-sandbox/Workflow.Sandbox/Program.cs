using System.Runtime.InteropServices;
using Spectre.Console;
using Spectre.Console.Cli;
using Workflow.Sandbox.Cli;
using Workflow.Sandbox.Commands;
using Workflow.Sandbox.Hosting;
using Workflow.Sandbox.Output;
using Workflow.Sandbox.Simulation;

// Everything the process prints goes through the masker, whoever writes it.
var masker = new SecretMasker();
Console.SetOut(new MaskingTextWriter(Console.Out, masker));
Console.SetError(new MaskingTextWriter(Console.Error, masker));
using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

// An in-process simulator (an ASP.NET Core host) swallows SIGTERM without stopping anything; `kill` must still end
// `simulate` and any command through the same token as Ctrl+C.
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
{
    context.Cancel = true;
    cancellation.Cancel();
});

try
{
    var console = SandboxConsole.Create();
    var environment = new HostEnvironment { Masker = masker };
    var app = new CommandApp();
    app.Configure(config =>
    {
        config.ConfigureConsole(console);
        Program.ConfigureCommands(config, environment, new CliExceptionHandler(console, masker));
    });
    return await app.RunAsync(StdinArgument.Normalize(args), cancellation.Token);
}
finally
{
    Console.Out.Flush();
    Console.Error.Flush();
}

/// <summary>The command tree.</summary>
internal partial class Program
{
    /// <remarks>
    /// Commands get the console and <paramref name="environment"/> from Spectre's own registrar: a
    /// Microsoft.Extensions.DependencyInjection container behind it cost every start about 30 ms of CPU.
    /// </remarks>
    internal static void ConfigureCommands(IConfigurator config, HostEnvironment environment, CliExceptionHandler errors)
    {
        config.Settings.Registrar.RegisterInstance(environment);
        config.SetApplicationName("Workflow.Sandbox");
        config.UseStrictParsing();
        config.SetExceptionHandler((exception, _) => errors.Handle(exception));
        config.AddCommand<ListCommand>("list")
            .WithDescription("List the plugins, their actions, and the problems of broken plugins.");
        config.AddCommand<DescribeCommand>("describe")
            .WithDescription("Show an action's inputs, output fields and examples.")
            .WithExample("describe", "incidentio.list_severities");
        config.AddCommand<ValidateCommand>("validate")
            .WithDescription("Check every manifest and the manifest/implementation parity; exit 1 on any problem.");
        config.AddCommand<RunCommand>("run")
            .WithDescription("Run one action.")
            .WithExample("run", "incidentio.get_incident", "--input", "{\"incident_id\":\"01FDAG4SAP5TYPT98WGR2N7W91\"}");
        config.AddCommand<TestConnectionCommand>("test-connection")
            .WithDescription("Run the plugin's testConnection action.")
            .WithExample("test-connection", "--simulate");
        config.AddCommand<WorkflowCommand>("workflow")
            .WithDescription("Run a workflow file: each step's templated input rendered, validated and run in order.")
            .WithExample("workflow", "examples/alert-to-incident.json", "--simulate");
        config.AddCommand<OptionsCommand>("options")
            .WithDescription("Resolve an input's dropdown options (dynamicOptions or enum) as a workflow builder would.")
            .WithExample("options", "incidentio.create_incident", "severity_id", "--simulate");
        config.AddCommand<SimulateCommand>("simulate")
            .WithDescription("Serve the local incident.io simulator on 127.0.0.1 until Ctrl+C.")
            .WithExample("simulate", "--port", "8765");
        config.AddCommand<ListenCommand>("listen")
            .WithDescription("Receive incident.io webhooks on 127.0.0.1 and run the workflows they trigger, until Ctrl+C.")
            .WithExample("listen", "examples/critical-incident-created.json", "--simulate");
        config.AddCommand<Workflow.Sandbox.Serving.ServeCommand>("serve").WithDescription("Serve the visual-builder preview (forms from the manifests) on 127.0.0.1 until Ctrl+C.").WithExample("serve", "--simulate");
    }
}
