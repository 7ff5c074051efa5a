using Workflow.Hosting.Running;

namespace Workflow.Hosting.DropdownOptions;

/// <summary>An input's options and where they came from ("enum", "from &lt;action&gt;"), or the problem that stopped them.</summary>
internal sealed record OptionsResult(IReadOnlyList<OptionItem>? Options, string? Source, RunOutcome? Problem)
{
    public static OptionsResult Found(IReadOnlyList<OptionItem> options, string source) => new(options, source, null);

    public static OptionsResult Failed(RunOutcome problem) => new(null, null, problem);

    public static OptionsResult Usage(string actionId, string message, string code = HostErrorCodes.Usage) =>
        Failed(RunOutcome.Failed(actionId, RunStatus.InvalidInput, code, message));
}
