using System.Globalization;
using System.Text;

namespace IncidentIo.Plugin.Tests.Reliability.Drill;

/// <summary>What a create drill found: the counts that must hold (stored, duplicates, lost) and the figures around them.</summary>
internal sealed record CreateDrillReport
{
    public required int LogicalCreates { get; init; }

    /// <summary>Incidents the simulator holds for the drill's creates.</summary>
    public required int Stored { get; init; }

    /// <summary>Logical creates that produced more than one incident (extra incidents in all).</summary>
    public required int Duplicates { get; init; }

    /// <summary>Logical creates with no incident in the simulator, or whose step never succeeded.</summary>
    public required int Lost { get; init; }

    /// <summary>Steps whose reported incident id differs from the one stored for their key.</summary>
    public required int Mismatched { get; init; }

    /// <summary>Step runs the "workflow" made, first runs included.</summary>
    public required int StepRuns { get; init; }

    /// <summary>HTTP requests the simulator saw for the drill, by outcome (status code or "aborted").</summary>
    public required IReadOnlyDictionary<string, int> RequestsByStatus { get; init; }

    /// <summary>Error codes of the step runs that failed and were run again.</summary>
    public required IReadOnlyDictionary<string, int> StepErrors { get; init; }

    public required TimeSpan Elapsed { get; init; }

    public required string Faults { get; init; }

    public bool Holds => Stored == LogicalCreates && Duplicates == 0 && Lost == 0 && Mismatched == 0;

    public override string ToString()
    {
        var text = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        text.AppendLine(c, $"faults:            {Faults}");
        text.AppendLine(c, $"logical creates:   {LogicalCreates}");
        text.AppendLine(c, $"incidents stored:  {Stored}");
        text.AppendLine(c, $"duplicates:        {Duplicates}");
        text.AppendLine(c, $"lost:              {Lost}");
        text.AppendLine(c, $"id mismatches:     {Mismatched}");
        text.AppendLine(c, $"step runs:         {StepRuns} ({StepRuns - LogicalCreates} re-runs by the workflow)");
        text.AppendLine(c, $"HTTP requests:     {RequestsByStatus.Values.Sum()} ({Join(RequestsByStatus)})");
        text.AppendLine(c, $"step errors:       {(StepErrors.Count == 0 ? "none" : Join(StepErrors))}");
        text.AppendLine(c, $"elapsed:           {Elapsed.TotalSeconds:0.0} s");
        text.Append(Holds ? "RESULT: exactly one incident per logical create" : "RESULT: FAILED");
        return text.ToString();
    }

    private static string Join(IReadOnlyDictionary<string, int> counts) =>
        string.Join(", ", counts.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}: {p.Value}"));
}
