using System.Globalization;
using System.Text;

namespace Benchmarks.Harness;

/// <summary>Prints the rows as one Markdown table (pasted as is into BENCHMARKS.md).</summary>
internal static class ResultTable
{
    public static string ToMarkdown(IEnumerable<ResultRow> rows)
    {
        var text = new StringBuilder();
        text.AppendLine("| # | measure | median (min–max over rounds) | goal | met | context (absolute, same run) |");
        text.AppendLine("|---|---|---|---|---|---|");
        foreach (var row in rows)
        {
            var value = row.Value is { } spread ? $"{spread.Format(row.Unit == "×" ? "0.00" : "0.0")} {row.Unit}" : "pending";
            var met = row.Met switch { true => "yes", false => "**no**", null => "–" };
            text.AppendLine(CultureInfo.InvariantCulture, $"| {row.Id} | {row.Measure} | {value} | {row.Goal} | {met} | {row.Context} |");
        }

        return text.ToString();
    }
}
