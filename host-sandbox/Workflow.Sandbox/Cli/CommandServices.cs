using Workflow.Hosting.Sessions;
using Workflow.Sandbox.Rendering;

namespace Workflow.Sandbox.Cli;

/// <summary>What every command gets from the process: its environment, where it writes, and the error printer.</summary>
/// <param name="Environment">Variables, stdin, the default plugins folder, the masker.</param>
/// <param name="Terminal">stdout, raw and through Spectre.</param>
/// <param name="Errors">Prints usage and host errors with their exit codes.</param>
internal sealed record CommandServices(HostEnvironment Environment, Terminal Terminal, CliExceptionHandler Errors)
{
    /// <summary>Services writing to <paramref name="terminal"/>, with errors masked by the environment's masker.</summary>
    public static CommandServices Create(HostEnvironment environment, Terminal terminal) =>
        new(environment, terminal, new CliExceptionHandler(terminal, environment.Masker));
}
