namespace Workflow.Sandbox.Tests.Reliability.BadInput;

/// <summary>What running one case gave: the error code (or "ok"), and why it breaks the rules, if it does.</summary>
internal sealed record BadInputVerdict(BadInputCase Case, string Code, string? Violation, TimeSpan Elapsed)
{
    /// <summary>The error named fields, but not the one the case broke.</summary>
    public bool OtherField { get; init; }
}
