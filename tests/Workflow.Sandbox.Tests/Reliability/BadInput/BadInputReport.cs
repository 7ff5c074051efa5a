using System.Globalization;
using System.Text;

namespace Workflow.Sandbox.Tests.Reliability.BadInput;

/// <summary>The R2 figures: cases and outcomes per category, per action and per error code; every violation.</summary>
internal sealed class BadInputReport(IReadOnlyList<BadInputVerdict> verdicts, TimeSpan elapsed)
{
    public int Cases => verdicts.Count;

    public IReadOnlyList<BadInputVerdict> Violations { get; } = [.. verdicts.Where(v => v.Violation is not null)];

    public int Unhandled => verdicts.Count(v => v.Code == "unhandled");

    public override string ToString()
    {
        var text = new StringBuilder();
        Line(text, $"R2 bad input: {Cases:N0} cases in {elapsed.TotalSeconds:0.0} s; unhandled exceptions: {Unhandled}; rule violations: {Violations.Count}");
        Line(text, $"slowest case: {verdicts.Max(v => v.Elapsed.TotalMilliseconds):0} ms ({verdicts.MaxBy(v => v.Elapsed)!.Case.Category})");
        Line(text, $"rejections naming another field than the one broken (e.g. a missing required field): {verdicts.Count(v => v.OtherField)}");
        Table(text, "per category", v => v.Case.Category);
        Table(text, "per action", v => v.Case.ActionId);
        Line(text, "per outcome: " + string.Join(", ", verdicts.GroupBy(v => v.Code).OrderByDescending(g => g.Count()).Select(g => $"{g.Key} {g.Count():N0}")));
        foreach (var violation in Violations.Take(40))
            Line(text, $"  VIOLATION {violation.Case.Category} {violation.Case.ActionId} {violation.Case.Kind}: {violation.Violation}");
        return text.ToString();
    }

    private void Table(StringBuilder text, string title, Func<BadInputVerdict, string> key)
    {
        Line(text, title + ":");
        foreach (var group in verdicts.GroupBy(key).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var codes = string.Join(", ", group.GroupBy(v => v.Code).OrderByDescending(g => g.Count()).Select(g => $"{g.Key} {g.Count()}"));
            Line(text, $"  {group.Key,-34} {group.Count(),6:N0}  {group.Sum(v => v.Elapsed.TotalMilliseconds),8:0} ms  {codes}");
        }
    }

    private static void Line(StringBuilder text, FormattableString line) => text.AppendLine(line.ToString(CultureInfo.InvariantCulture));

    private static void Line(StringBuilder text, string line) => text.AppendLine(line);
}
