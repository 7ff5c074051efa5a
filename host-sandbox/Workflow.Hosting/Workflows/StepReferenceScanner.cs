using System.Text.RegularExpressions;

namespace Workflow.Hosting.Workflows;

/// <summary>
/// Best-effort static scan of a template string for the step ids it reads (<c>steps.x</c>,
/// <c>steps["x"]</c>, <c>steps['x']</c>) inside <c>{{ … }}</c>. Dynamic access is not seen; rendering
/// still fails on it at run time.
/// </summary>
internal static partial class StepReferenceScanner
{
    /// <summary>Distinct step ids referenced by <paramref name="template"/>, in order of appearance.</summary>
    public static IReadOnlyList<string> FindStepIds(string template)
    {
        var ids = new List<string>();
        foreach (Match block in CodeBlock().Matches(template))
        {
            foreach (Match reference in StepReference().Matches(block.Groups["code"].Value))
            {
                var id = reference.Groups["id"].Success ? reference.Groups["id"].Value : reference.Groups["quoted"].Value;
                if (!ids.Contains(id))
                    ids.Add(id);
            }
        }

        return ids;
    }

    [GeneratedRegex(@"\{\{(?<code>.*?)(\}\}|\z)", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex CodeBlock();

    [GeneratedRegex(@"(?<![\w.$])steps\s*(\.\s*(?<id>[A-Za-z_][A-Za-z0-9_]*)|\[\s*(""(?<quoted>[^""]*)""|'(?<quoted>[^']*)')\s*\])", RegexOptions.CultureInvariant)]
    private static partial Regex StepReference();
}
