using Spectre.Console;
using Workflow.Hosting.Masking;
using Workflow.Hosting.Running;
using Workflow.Sandbox.Rendering;

namespace Workflow.Sandbox.Cli;

/// <summary>The last line of defence: a usage error exits 2, anything else 3, and no stack trace reaches the user.</summary>
internal sealed class CliExceptionHandler(Terminal terminal, SecretMasker masker)
{
    /// <summary>Prints "Error: <paramref name="message"/>" (masked) and returns the usage exit code, 2.</summary>
    public int Usage(string message)
    {
        terminal.Console.MarkupLine($"[red]Error: {Markup.Escape(masker.Mask(message))}[/]");
        return ExitCodes.InvalidInput;
    }

    /// <summary>Prints the exception's type and message (masked, no stack trace) and returns the host-error exit code, 3.</summary>
    public int Handle(Exception exception)
    {
        terminal.Console.MarkupLine($"[red]Host error ({Markup.Escape(exception.GetType().Name)}): {Markup.Escape(masker.Mask(exception.Message))}[/]");
        return ExitCodes.HostError;
    }
}
