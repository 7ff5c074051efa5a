namespace Workflow.Sandbox.Tests.Docs;

/// <summary>One shell command as a user reads it in the docs, and how the docs test runs it.</summary>
/// <param name="Source">Where it is written: "README.md:19", "--help of run".</param>
/// <param name="Text">The command as written.</param>
/// <param name="HostArgs">The sandbox's arguments (after `dotnet run --project host-sandbox/Workflow.Sandbox --`), or null when skipped.</param>
/// <param name="Skip">Why the test does not run it.</param>
/// <param name="Block">Commands of one fenced block share exported variables and the servers started in it.</param>
internal sealed record DocCommand(string Source, string Text, IReadOnlyList<string>? HostArgs, string? Skip, int Block)
{
    /// <summary>Variables set on the command line (`NAME=value cmd`) or exported earlier in the block; placeholders ("...") left out.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();

    /// <summary>What the test changed so the command runs offline and on a free port, for the report.</summary>
    public IReadOnlyList<string> Changes { get; init; } = [];

    /// <summary>The exit code the docs promise (0 unless a "# exits N" comment says otherwise).</summary>
    public int ExpectedExitCode { get; init; }

    /// <summary>A server that runs until stopped (serve, simulate, listen, mcp --http): started, checked up, stopped at the block's end.</summary>
    public bool RunsUntilStopped => HostArgs is [var command, ..] && (command is "serve" or "simulate" or "listen" || HostArgs.Contains("--http"));

    public override string ToString() => $"{Source}: {Text}";
}
