namespace Workflow.Hosting.Text;

/// <summary>A count with its noun, for messages: "1 problem", "3 problems" (never "problem(s)").</summary>
internal static class Counted
{
    /// <param name="count">How many.</param>
    /// <param name="noun">The singular; the plural adds "s".</param>
    public static string Of(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
