using Workflow.Abstractions;
using Workflow.Hosting.Workflows;

namespace Workflow.Sandbox.Tests.Workflows;

public class WorkflowJsonTests
{
    private static readonly ActionError Invalid = new()
    {
        Code = "invalid_workflow",
        Message = "Not a valid workflow (1 problem).",
        Details = [new ActionErrorDetail("/name", "required")],
    };

    [Test]
    public void NotRun_RunIdAndError_NotOkNoStepsAndTheError()
    {
        var json = WorkflowJson.NotRun("run-7", Invalid);

        Assert.That(json.ToJsonString(), Is.EqualTo(
            """{"ok":false,"run_id":"run-7","steps":[],"error":{"code":"invalid_workflow","message":"Not a valid workflow (1 problem).","hint":null,"retryable":false,"http_status":null,"request_id":null,"remote_type":null,"attempts":1,"details":[{"field":"/name","message":"required","code":null}],"outcome_unknown":false,"safe_retry_input":null}}"""));
    }

    [Test]
    public void NotRun_NoRunId_RunIdNull()
    {
        var json = WorkflowJson.NotRun(null, Invalid);

        Assert.That(json.ToJsonString(), Does.StartWith("""{"ok":false,"run_id":null,"steps":[],"error":{"code":"invalid_workflow","""));
    }
}
