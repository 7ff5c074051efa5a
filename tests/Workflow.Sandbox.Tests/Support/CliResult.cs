namespace Workflow.Sandbox.Tests.Support;

/// <summary>What a command line did: its exit code and everything it wrote to stdout.</summary>
/// <param name="ExitCode">The process exit code the command returned.</param>
/// <param name="Output">stdout, with line endings normalised and trailing spaces trimmed.</param>
internal sealed record CliResult(int ExitCode, string Output)
{
    /// <summary>\n line endings, no trailing spaces on a line, no blank lines around the text (as a terminal user reads it).</summary>
    public static string Tidy(string text) =>
        string.Join('\n', text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(line => line.TrimEnd())).Trim();
}
