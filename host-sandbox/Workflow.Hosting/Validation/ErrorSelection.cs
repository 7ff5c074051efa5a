using Json.Schema;
using Workflow.Abstractions;

namespace Workflow.Hosting.Validation;

/// <summary>
/// The one rule for choosing which problems of a failed evaluation to show: one problem per real defect, at the
/// pointer of the value concerned (at most one per pointer). It walks JsonSchema.Net's hierarchical output and
/// <list type="bullet">
/// <item>ignores everything under a subschema that passed (a failed branch of an <c>anyOf</c> that passed is no problem);</item>
/// <item>reports an applicator (<c>allOf</c>, <c>$ref</c>, <c>properties</c>, …) through the children that failed, not as a wrapper;</item>
/// <item>for a failed <c>anyOf</c>/<c>oneOf</c>, drops the branches that reject the value's type outright and, like
/// python-jsonschema's <c>best_match</c>, follows the branch that came closest when exactly one remains or exactly one
/// failed only below the value (it matched the value's shape); otherwise it gives one problem at the value's pointer naming
/// the alternatives ("give at least one of: name, summary, …"; "must be string or null").</item>
/// </list>
/// A failed <c>not</c> is one problem of its own (<see cref="ProblemMessages.Not"/>), never what its subschema rejected.
/// Every problem keeps the failed keyword as its <c>code</c> (<c>anyOf</c>/<c>oneOf</c> for a summary). Repeats (a value
/// reached through two paths of the same schema) are reported once.
/// </summary>
internal static class ErrorSelection
{
    // Keywords whose failing subschemas are expected and say nothing: the parent's own error is the problem.
    private static readonly HashSet<string> OwnErrorOnly = ["not", "if", "contains"];

    // Keywords whose subschemas are the value's own (its members, its items): these speak first about a member, before a
    // rule elsewhere (dependentSchemas, if/then) that also touches it.
    private static readonly HashSet<string> OwnValue = ["properties", "patternProperties", "additionalProperties", "items", "prefixItems"];

    /// <summary>The chosen problems: at most one per JSON Pointer (a value is one thing to fix; its own schema's problem wins).</summary>
    public static IReadOnlyList<ActionErrorDetail> Select(EvaluationResults root, SchemaLookup? lookup) =>
        // Stryker disable once Conditional : speed only; a valid result holds failed nodes only under a passing anyOf/oneOf, a not, an if or a contains, which the walk skips anyway
        root.IsValid ? [] : [.. SelectIn(root, lookup).DistinctBy(p => p.Field, StringComparer.Ordinal)];

    private static List<ActionErrorDetail> SelectIn(EvaluationResults node, SchemaLookup? lookup)
    {
        var problems = new List<ActionErrorDetail>();
        var groups = node.Details
            .GroupBy(child => Keyword(node, child), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);

        foreach (var (keyword, message) in node.Errors ?? new Dictionary<string, string>())
        {
            // Stryker disable once Linq : equivalent with JsonSchema.Net 7.4; only oneOf and contains fail with a message and have subschemas, and a failed oneOf's branches all failed (or several passed, handled first), contains is never explained by its items
            var explainedByChildren = groups.TryGetValue(keyword, out var children) && children.Any(c => !c.IsValid)
                                      && !OwnErrorOnly.Contains(keyword);
            // Stryker disable once Equality : equivalent; a failed oneOf never has exactly one passing branch
            if (keyword == "oneOf" && children is not null && children.Count(c => c.IsValid) > 1)
            {
                problems.Add(new(node.InstanceLocation.ToString(), "matches more than one of the allowed forms; it must match exactly one.", "oneOf"));
            }
            else if (!explainedByChildren)
            {
                problems.AddRange(ProblemMessages.Explain(node, keyword, message, lookup));
            }
        }

        foreach (var (keyword, children) in groups.OrderBy(g => OwnValue.Contains(g.Key) ? 0 : 1))
        {
            // JsonSchema.Net 7.4 gives a failed "not" no message: its one subschema passing is the whole problem.
            if (keyword == "not" && children[0].IsValid)
            {
                problems.Add(ProblemMessages.Not(node, lookup));
            }

            if (OwnErrorOnly.Contains(keyword))
            {
                continue;
            }

            if (keyword is "anyOf" or "oneOf")
            {
                if (!children.Any(c => c.IsValid))
                {
                    problems.AddRange(Alternatives.Choose(node, keyword, [.. children.Select(c => SelectIn(c, lookup))]));
                }

                continue;
            }

            foreach (var child in children.Where(c => !c.IsValid))
            {
                problems.AddRange(SelectIn(child, lookup));
            }
        }

        return problems;
    }

    // The keyword of node's schema that led to child: the first segment of child's evaluation path below node's.
    private static string Keyword(EvaluationResults node, EvaluationResults child)
    {
        // A child's path is always longer: its parent's plus at least the keyword.
        var rest = child.EvaluationPath.ToString()[(node.EvaluationPath.ToString().Length + 1)..];
        return rest.Split('/', 2)[0];
    }
}
