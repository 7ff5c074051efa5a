using Workflow.Hosting.Running;
using Workflow.Sandbox.Serving;

namespace Workflow.Sandbox.Tests.Serving;

public class ApiResultsTests
{
    [TestCase(nameof(RunStatus.InvalidInput), "validation_failed", 422)]
    [TestCase(nameof(RunStatus.InvalidInput), "unknown_action", 404)]
    [TestCase(nameof(RunStatus.InvalidInput), "invalid_json", 400)]
    [TestCase(nameof(RunStatus.ActionFailed), "unauthorized", 502)]
    [TestCase(nameof(RunStatus.HostError), "plugin_error", 500)]
    public void StatusOf_Failure_WhoseFaultAsHttp(string status, string code, int expected)
    {
        Assert.That(ApiResults.StatusOf(RunOutcome.Failed("a.b", Enum.Parse<RunStatus>(status), code, "m")), Is.EqualTo(expected));
    }
}
