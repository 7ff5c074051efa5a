using Workflow.Abstractions;

namespace Workflow.Sandbox.Tests.Support;

/// <summary>An action whose behaviour the test supplies.</summary>
internal sealed class DelegateAction(Func<ActionContext, CancellationToken, Task<ActionResult>> execute) : IWorkflowAction
{
    public ActionContext? LastContext { get; private set; }

    public Task<ActionResult> ExecuteAsync(ActionContext context, CancellationToken cancellationToken)
    {
        LastContext = context;
        return execute(context, cancellationToken);
    }
}
