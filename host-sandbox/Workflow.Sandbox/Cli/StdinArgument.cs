namespace Workflow.Sandbox.Cli;

/// <summary>
/// "--input -" and "--trigger -" (stdin) are rewritten to the equivalent "--input=-" / "--trigger=-" before parsing,
/// so that a lone "-" can never be read as an option token by the parser.
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
