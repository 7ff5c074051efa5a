namespace Workflow.Sandbox.Cli;

/// <summary>
/// Spectre.Console.Cli reads a lone "-" as an option without a name, so "--input -" (stdin) is
/// rewritten to the equivalent "--input=-" before parsing.
/// </summary>
internal static class StdinArgument
{
    public static string[] Normalize(IReadOnlyList<string> args)
    {
        var result = new List<string>(args.Count);
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--input" && i + 1 < args.Count && args[i + 1] == "-")
            {
                result.Add("--input=-");
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
