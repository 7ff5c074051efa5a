using Json.Schema;
using Workflow.Abstractions;

namespace Workflow.Hosting.Validation;

/// <summary>
/// A failed <c>anyOf</c>/<c>oneOf</c> as the problems of the branch the value came closest to, or as one problem at the
/// value's pointer naming the alternatives. See <see cref="ErrorSelection"/> for the rule.
/// </summary>
internal static class Alternatives
{
    public static IReadOnlyList<ActionErrorDetail> Choose(EvaluationResults node, string keyword, IReadOnlyList<List<ActionErrorDetail>> branches)
    {
        var at = node.InstanceLocation.ToString();
        var plausible = branches.Where(b => !RejectsType(b, at)).ToList();
        if (plausible.Count == 1)
        {
            return plausible[0];
        }

        if (plausible.Count == 0)
        {
            var types = branches.SelectMany(b => b).Where(p => p.Field == at && p.Code == "type")
                .Select(p => ProblemMessages.ExpectedType(p.Message)).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
            return types.Count > 0
                ? [new(at, $"must be {string.Join(" or ", types)}.", "type")]
                : [new(at, $"matches none of the {branches.Count} allowed forms.", keyword)];
        }

        // A branch that failed only inside the value (and not by a missing property) matched its shape: follow it.
        var shaped = plausible.Where(b => b.All(p => Pointers.IsBelow(Pointers.Of(p), at) && !(p.Code == "required" && Pointers.Parent(Pointers.Of(p)) == at))).ToList();
        if (shaped.Count == 1)
        {
            return shaped[0];
        }

        return [Summary(at, keyword, plausible)];
    }

    // The branch says the value is of the wrong kind altogether: not the form the user meant.
    private static bool RejectsType(List<ActionErrorDetail> branch, string at) =>
        branch.Any(p => p.Field == at && p.Code is "type" or "false_schema");

    private static ActionErrorDetail Summary(string at, string keyword, List<List<ActionErrorDetail>> branches)
    {
        var quantifier = keyword == "oneOf" ? "exactly one" : "at least one";
        // A failed branch always has a problem (ErrorSelection reports every failed keyword), so All is never vacuous here.
        if (branches.All(b => b.All(p => p.Code == "required" && Pointers.Parent(Pointers.Of(p)) == at)))
        {
            var names = branches.Select(b => string.Join(" and ", b.Select(p => Pointers.LastSegment(Pointers.Of(p)))));
            return new(at, $"give {quantifier} of: {ProblemMessages.List(names.Distinct(StringComparer.Ordinal))}.", keyword);
        }

        // Each problem without its own full stop: the list of forms is one sentence.
        var forms = branches.Select((b, i) => $"({i + 1}) {string.Join("; ", b.Select(p => Relative(p, at).TrimEnd('.')))}");
        return new(at, $"must match {quantifier} of {branches.Count} forms, and each has a problem: {ProblemMessages.List(forms)}.", keyword);
    }

    private static string Relative(ActionErrorDetail problem, string at) =>
        problem.Field is not { } field || field == at ? problem.Message : $"{field[at.Length..]} {problem.Message}";
}
