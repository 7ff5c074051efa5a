using Json.Schema;
using Workflow.Abstractions;

namespace Workflow.Hosting.Validation;

/// <summary>
/// The raw list: every failed keyword in JsonSchema.Net's List output as a problem, the way the host reported them
/// before <see cref="ErrorSelection"/> (failed branches of an <c>anyOf</c> each, summaries that only repeat their
/// children dropped). Shown with <c>--verbose</c> beside the selected problems, for whoever needs to see them all.
/// </summary>
internal static class SchemaErrors
{
    public static IReadOnlyList<ActionErrorDetail> Flatten(EvaluationResults results)
    {
        if (results.IsValid)
        {
            return [];
        }

        // JsonSchema.Net's List output holds every unit, the root first.
        var failed = results.Details.Where(unit => unit.HasErrors).ToList();
        var failedPaths = failed.Select(unit => unit.EvaluationPath.ToString()).ToList();

        var details = new List<ActionErrorDetail>();
        foreach (var unit in failed)
        {
            var path = unit.EvaluationPath.ToString();
            foreach (var (keyword, message) in unit.Errors!)
            {
                // allOf/anyOf/$ref/... at P fails because something under P/keyword failed: keep the children only.
                var childPrefix = $"{path}/{keyword}/";
                if (failedPaths.Any(p => p.StartsWith(childPrefix, StringComparison.Ordinal)))
                {
                    continue;
                }

                details.AddRange(ProblemMessages.Explain(unit, keyword, message, lookup: null));
            }
        }

        return details;
    }
}
