namespace Workflow.Hosting.Running;

/// <summary>The process exit codes, documented in host-sandbox/README.md.</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int ActionFailed = 1;
    public const int InvalidInput = 2;
    public const int HostError = 3;

    public static int For(RunStatus status) => status switch
    {
        RunStatus.Succeeded => Success,
        RunStatus.ActionFailed => ActionFailed,
        RunStatus.InvalidInput => InvalidInput,
        _ => HostError,
    };
}
