using Spectre.Console;
using Spectre.Console.Cli;
using Workflow.Sandbox.Output;
using Workflow.Sandbox.Running;

namespace Workflow.Sandbox.Cli;

/// <summary>The last line of defence: a usage error exits 2, anything else 3, and no stack trace reaches the user.</summary>
internal sealed class CliExceptionHandler(IAnsiConsole console, SecretMasker masker)
{
    public int Handle(Exception exception)
    {
        if (exception is CommandAppException and not CommandConfigurationException)
        {
            if (exception is CommandAppException { Pretty: { } pretty })
            {
                console.Write(pretty);
            }
            else
            {
                console.MarkupLine($"[red]Error: {Markup.Escape(masker.Mask(exception.Message))}[/]");
            }

            return ExitCodes.InvalidInput;
        }

        console.MarkupLine($"[red]Host error ({Markup.Escape(exception.GetType().Name)}): {Markup.Escape(masker.Mask(exception.Message))}[/]");
        return ExitCodes.HostError;
    }
}
