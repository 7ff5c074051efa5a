using Spectre.Console;

namespace Workflow.Sandbox.Cli;

/// <summary>The process's console: colours on a terminal; plain and unwrapped when stdout is piped, so scripts can read it.</summary>
internal static class SandboxConsole
{
    public static IAnsiConsole Create()
    {
        var piped = Console.IsOutputRedirected;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(Console.Out),
            Ansi = piped ? AnsiSupport.No : AnsiSupport.Detect,
            ColorSystem = piped ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
        });
        if (piped)
        {
            console.Profile.Width = 4096;
        }

        return console;
    }
}
