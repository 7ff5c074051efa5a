using System.Text.Json.Nodes;
using IncidentPlugin.TestSupport;
using Workflow.Sandbox.Tests.Support;

namespace Workflow.Sandbox.Tests.Serving;

public class WorkflowEndpointTests : BuilderHostFixture
{
    [Test]
    public async Task Run_AlertToIncidentExample_EveryStepOkWithTheTriggerExample()
    {
        var file = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "host-sandbox", "examples", "alert-to-incident.json")))!;

        var (status, body) = await Host.PostAsync("/api/workflows/run", new JsonObject { ["workflow"] = file, ["run_id"] = "wf-serve-test" }.ToJsonString());

        Assert.That(status, Is.EqualTo(200), body.ToJsonString());
        Assert.That(body["ok"]!.GetValue<bool>(), Is.True);
        Assert.That(body["run_id"]!.GetValue<string>(), Is.EqualTo("wf-serve-test"));
        Assert.That(body["steps"]!.AsArray().All(s => s!["ok"]!.GetValue<bool>()), Is.True);
    }

    [Test]
    public async Task Run_InvalidWorkflow_422PointersIntoTheBody()
    {
        var (status, body) = await Host.PostAsync("/api/workflows/run", """{"workflow": {"name": "x", "steps": [{"id": "Bad Id", "action": "incidentio.list_severities"}]}}""");

        Assert.That(status, Is.EqualTo(422));
        Assert.That(body["steps"]!.AsArray(), Is.Empty);
        Assert.That(body["error"]!["details"]!.AsArray().Select(d => d!["field"]!.GetValue<string>()), Has.Some.StartsWith("/workflow/steps/0"));
    }

    [Test]
    public async Task Run_NoWorkflow_422()
    {
        var (status, body) = await Host.PostAsync("/api/workflows/run", "{}");

        Assert.That(status, Is.EqualTo(422));
        Assert.That(body["error"]!["details"]![0]!["field"]!.GetValue<string>(), Is.EqualTo("/workflow"));
    }

    [Test]
    public async Task Run_StepFails_StatusOfTheStoppingStep()
    {
        var (status, body) = await Host.PostAsync("/api/workflows/run",
            """{"workflow": {"name": "x", "steps": [{"id": "get", "action": "incidentio.get_incident", "input": {}}]}}""");

        Assert.That(status, Is.EqualTo(422), body.ToJsonString());
        Assert.That(body["steps"]![0]!["error"]!["code"]!.GetValue<string>(), Is.EqualTo("validation_failed"));
    }
}
