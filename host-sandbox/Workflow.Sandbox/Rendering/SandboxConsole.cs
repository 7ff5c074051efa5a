using Spectre.Console;

namespace Workflow.Sandbox.Rendering;

/// <summary>A Spectre console over the process's stdout: colours on a terminal; plain and unwrapped when piped, so scripts can read it.</summary>
internal static class SandboxConsole
{
    /// <param name="output">Where the console writes (stdout, or a test's buffer).</param>
    /// <param name="plain">No colours, no ANSI codes and no line wrapping (stdout is piped, or a test reads it).</param>
    public static IAnsiConsole Create(TextWriter output, bool plain)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = plain ? AnsiSupport.No : AnsiSupport.Detect,
            ColorSystem = plain ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
        });
        if (plain)
        {
            console.Profile.Width = 4096;
        }

        return console;
    }
}
