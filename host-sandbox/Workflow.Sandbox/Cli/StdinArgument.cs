namespace Workflow.Sandbox.Cli;

/// <summary>
/// Spectre.Console.Cli reads a lone "-" as an option without a name, so "--input -" and "--trigger -" (stdin)
/// are rewritten to the equivalent "--input=-" / "--trigger=-" before parsing.
/// </summary>
internal static class StdinArgument
{
    private static readonly string[] Options = ["--input", "--trigger"];

    public static string[] Normalize(IReadOnlyList<string> args)
    {
        var result = new List<string>(args.Count);
        for (var i = 0; i < args.Count; i++)
        {
            if (Options.Contains(args[i]) && i + 1 < args.Count && args[i + 1] == "-")
            {
                result.Add(args[i] + "=-");
                i++;
            }
            else
            {
                result.Add(args[i]);
            }
        }

        return [.. result];
    }
}
