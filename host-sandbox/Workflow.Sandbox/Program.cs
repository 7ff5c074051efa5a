using System.CommandLine;
using System.CommandLine.Invocation;
using System.Runtime.InteropServices;
using Workflow.Hosting.Masking;
using Workflow.Hosting.Running;
using Workflow.Hosting.Sessions;
using Workflow.Sandbox.Cli;
using Workflow.Sandbox.Commands;
using Workflow.Sandbox.Rendering;

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
    var services = CommandServices.Create(new HostEnvironment { Masker = masker }, Terminal.ForProcess());
    return await Program.RunAsync(services, args, cancellation.Token);
}
finally
{
    Console.Out.Flush();
    Console.Error.Flush();
}

/// <summary>The command tree, in one place; each command is a leaf in Commands/.</summary>
internal partial class Program
{
    /// <summary>Every command of the host, each with its --help.</summary>
    internal static RootCommand CommandTree(CommandServices services) => new("Workflow.Sandbox: load plugin folders, run their actions and workflows, preview their forms.")
    {
        ListCommand.Create(services),
        DescribeCommand.Create(services),
        ValidateCommand.Create(services),
        RunCommand.Create(services),
        TestConnectionCommand.Create(services),
        WorkflowCommand.Create(services),
        OptionsCommand.Create(services),
        SimulateCommand.Create(services),
        ListenCommand.Create(services),
        ServeCommand.Create(services),
        McpCommand.Create(services),
    };

    /// <summary>
    /// Parses <paramref name="args"/> and runs the command. A usage error (unknown command or option, a missing or
    /// malformed value) prints "Error: …" and exits 2; an exception no command handled prints its type and message
    /// (no stack trace) and exits 3.
    /// </summary>
    internal static async Task<int> RunAsync(CommandServices services, IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var parsed = CommandTree(services).Parse(StdinArgument.Normalize(args));
        if (parsed.Action is ParseErrorAction)
        {
            foreach (var error in parsed.Errors)
            {
                services.Errors.Usage(error.Message);
            }

            services.Terminal.Out.WriteLine("Run with --help for the commands and their options.");
            return ExitCodes.InvalidInput;
        }

        try
        {
            var invocation = new InvocationConfiguration
            {
                Output = services.Terminal.Out,
                Error = services.Terminal.Out,
                EnableDefaultExceptionHandler = false,
                // Ctrl+C and SIGTERM cancel the token above; the commands stop on it.
                ProcessTerminationTimeout = null,
            };
            return await parsed.InvokeAsync(invocation, cancellationToken);
        }
        catch (Exception ex)
        {
            return services.Errors.Handle(ex);
        }
    }

}
