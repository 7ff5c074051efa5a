using System.Text;
using System.Text.RegularExpressions;

namespace Workflow.Sandbox.Tests.Docs;

/// <summary>
/// Extracts the shell commands of the docs a user follows: every line of a ```bash block, every inline
/// `dotnet run --project host-sandbox/Workflow.Sandbox -- …` and README's inline `-- …` fragments, and the
/// "Example:" line of each command's --help. Each sandbox command is mapped to the built host; commands that
/// talk to incident.io get --simulate; a fixed port becomes a free one; anything else is skipped with its reason.
/// </summary>
internal static partial class DocCommands
{
    public const string HostPrefix = "dotnet run --project host-sandbox/Workflow.Sandbox --";

    /// <summary>The docs followed as written.</summary>
    public static readonly string[] Files = ["README.md", "host-sandbox/README.md", "manifests/README.md", "host-sandbox/IncidentIo.Simulator/README.md"];

    // Commands that reach incident.io unless told otherwise.
    private static readonly HashSet<string> Remote = ["run", "test-connection", "workflow", "options", "listen", "serve", "mcp"];

    // Not the sandbox: why each is not run here.
    private static readonly (string Prefix, string Reason)[] Skipped =
    [
        ("dotnet test", "the test command itself (.ci/run runs it)"),
        ("dotnet publish", "a Release publish takes minutes; the packaging tests (IncidentPlugin.Packaging.Tests) publish the host"),
        ("dotnet pack", "a Release pack takes minutes; the packaging tests pack the tool"),
        ("dotnet tool install", "installs the package of the skipped `dotnet pack`"),
        ("dotnet out/sandbox/", "runs the output of the skipped `dotnet publish`"),
        ("./tools/workflow-sandbox", "runs the tool of the skipped `dotnet tool install`"),
    ];

    /// <summary>Every command of <see cref="Files"/> under <paramref name="root"/>.</summary>
    public static IEnumerable<DocCommand> FromDocs(string root)
    {
        var block = 0;
        foreach (var file in Files)
        {
            var lines = File.ReadAllLines(Path.Combine(root, file));
            var inBlock = false;
            var exported = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < lines.Length; i++)
            {
                var line = lines[i].Trim();
                if (line.StartsWith("```", StringComparison.Ordinal))
                {
                    inBlock = !inBlock && line is "```bash" or "```sh" or "```shell";
                    block++;
                    exported = new(StringComparer.Ordinal);
                    continue;
                }

                if (inBlock)
                {
                    // A shell line continued with a trailing backslash is one command.
                    var start = i;
                    while (line.EndsWith('\\') && i + 1 < lines.Length)
                    {
                        line = $"{line[..^1].TrimEnd()} {lines[++i].Trim()}";
                    }

                    if (line.Length > 0 && !line.StartsWith('#') && FromLine($"{file}:{start + 1}", line, block, exported) is { } command)
                    {
                        yield return command;
                    }

                    continue;
                }

                foreach (Match inline in InlineCode().Matches(lines[i]))
                {
                    var code = inline.Groups[1].Value;
                    var text = code.StartsWith("-- ", StringComparison.Ordinal) && file == "README.md" ? $"{HostPrefix} {code[3..]}" : code;
                    if (text.StartsWith(HostPrefix, StringComparison.Ordinal))
                    {
                        yield return FromLine($"{file}:{i + 1}", text, ++block, [])!;
                    }
                }
            }
        }
    }

    /// <summary>The "Example: …" of a command's --help, run from the repo root like a docs line.</summary>
    public static DocCommand FromHelp(string command, string example, int block) => FromLine($"--help of {command}", $"{HostPrefix} {example}", block, [])!;

    private static DocCommand? FromLine(string source, string text, int block, Dictionary<string, string> exported)
    {
        var words = Words(text, out var comment);
        var expected = comment is not null && ExitsComment().Match(comment) is { Success: true } exits ? int.Parse(exits.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
        if (words.Count == 0)
        {
            return null;
        }

        if (words[0] == "export")
        {
            foreach (var assignment in words.Skip(1))
            {
                SetVariable(exported, assignment);
            }

            return null;
        }

        var environment = new Dictionary<string, string>(exported, StringComparer.Ordinal);
        while (words.Count > 0 && Assignment().IsMatch(words[0]))
        {
            SetVariable(environment, words[0]);
            words.RemoveAt(0);
        }

        if (words is [.., "&"])
        {
            words.RemoveAt(words.Count - 1);
        }

        var joined = string.Join(' ', words);
        if (!joined.StartsWith(HostPrefix, StringComparison.Ordinal))
        {
            var reason = Skipped.FirstOrDefault(s => joined.StartsWith(s.Prefix, StringComparison.Ordinal)).Reason
                ?? throw new InvalidOperationException($"{source}: no rule for `{text}`: map it to the host or add a skip reason to DocCommands.Skipped.");
            return new DocCommand(source, text, null, reason, block);
        }

        var args = words.Skip(HostPrefix.Split(' ').Length).ToList();
        if (args.Any(a => a.Contains('<', StringComparison.Ordinal)))
        {
            return new DocCommand(source, text, null, "a template with a <placeholder>, not a command to paste", block);
        }

        var changes = new List<string>();
        if (args is [var name, ..] && Remote.Contains(name) && !args.Contains("--simulate") && !args.Contains("--base-url"))
        {
            args.Add("--simulate");
            changes.Add("--simulate added (offline)");
        }

        return new DocCommand(source, text, args, null, block) { Environment = environment, Changes = changes, ExpectedExitCode = expected };
    }

    private static void SetVariable(Dictionary<string, string> variables, string assignment)
    {
        var (name, value) = (assignment[..assignment.IndexOf('=', StringComparison.Ordinal)], assignment[(assignment.IndexOf('=', StringComparison.Ordinal) + 1)..]);
        if (!value.Contains("...", StringComparison.Ordinal))
        {
            variables[name] = value;
        }
    }

    /// <summary>A shell line's words (quotes removed, as bash splits them) and its trailing comment.</summary>
    public static List<string> Words(string line, out string? comment)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        var inWord = false;
        comment = null;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c is '\'' or '"')
            {
                var end = line.IndexOf(c, i + 1);
                word.Append(line, i + 1, end - i - 1);
                inWord = true;
                i = end;
            }
            else if (c == '\\' && i + 1 < line.Length)
            {
                word.Append(line[++i]);
                inWord = true;
            }
            else if (char.IsWhiteSpace(c))
            {
                if (inWord)
                {
                    words.Add(word.ToString());
                    word.Clear();
                    inWord = false;
                }
            }
            else if (c == '#' && !inWord)
            {
                comment = line[(i + 1)..].Trim();
                break;
            }
            else
            {
                word.Append(c);
                inWord = true;
            }
        }

        if (inWord)
        {
            words.Add(word.ToString());
        }

        return words;
    }

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex InlineCode();

    [GeneratedRegex(@"^[A-Z_][A-Z0-9_]*=")]
    private static partial Regex Assignment();

    [GeneratedRegex(@"\bexits (\d)\b")]
    private static partial Regex ExitsComment();
}
