using System.Text.Json.Nodes;
using Workflow.Sandbox.Tests.Support;

namespace Workflow.Sandbox.Tests.Serving;

public class ActionEndpointsTests : BuilderHostFixture
{
    [Test]
    public async Task List_RealPlugin_EveryActionWithItsPlugin()
    {
        var (status, body) = await Host.GetAsync("/api/actions");

        Assert.That(status, Is.EqualTo(200));
        var ids = body["actions"]!.AsArray().Select(a => a!["id"]!.GetValue<string>()).ToList();
        var manifests = Directory.GetFiles(Path.Combine(IncidentPlugin.TestSupport.RepoPaths.Manifests, "incidentio", "actions"), "*.json").Length;
        Assert.That(ids, Does.Contain("incidentio.create_incident").And.Contain("incidentio.list_severities").And.Count.EqualTo(manifests));
        Assert.That(body["simulate"]!.GetValue<bool>(), Is.True);
        Assert.That(body["actions"]![0]!["plugin_name"]!.GetValue<string>(), Is.EqualTo("incident.io"));
    }

    [Test]
    public async Task Describe_CreateIncident_InputsInFormOrderWithHints()
    {
        var (status, body) = await Host.GetAsync("/api/actions/incidentio.create_incident");

        Assert.That(status, Is.EqualTo(200));
        var inputs = body["inputs"]!.AsArray();
        Assert.That(inputs.Take(3).Select(i => i!["name"]!.GetValue<string>()), Is.EqualTo(Seq.Of("name", "summary", "severity_id")));
        Assert.That(inputs.Single(i => i!["name"]!.GetValue<string>() == "retrospective_incident_options")!["visible_when"]!["equals"]!.GetValue<string>(),
            Is.EqualTo("retrospective"));
    }

    [Test]
    public async Task Describe_UnknownAction_404WithUnknownAction()
    {
        var (status, body) = await Host.GetAsync("/api/actions/incidentio.nope");

        Assert.That(status, Is.EqualTo(404));
        Assert.That(body["error"]!["code"]!.GetValue<string>(), Is.EqualTo("unknown_action"));
    }

    [Test]
    public async Task Run_CreateIncident_200WithTheIncident()
    {
        var (status, body) = await Host.PostAsync("/api/actions/incidentio.create_incident/run",
            """{"name": "Disk full on db-1", "severity_id": "01HQ5SVMXXQKFBF5KZNWJ47TAN", "mode": "test"}""");

        Assert.That(status, Is.EqualTo(200), body.ToJsonString());
        Assert.That(body["ok"]!.GetValue<bool>(), Is.True);
        Assert.That(body["output"]!["incident"]!["name"]!.GetValue<string>(), Is.EqualTo("Disk full on db-1"));
    }

    [Test]
    public async Task Run_InputMissingRequired_422WithPointerToTheField()
    {
        var (status, body) = await Host.PostAsync("/api/actions/incidentio.get_incident/run", "{}");

        Assert.That(status, Is.EqualTo(422));
        var detail = body["error"]!["details"]![0]!;
        Assert.That((detail["field"]!.GetValue<string>(), detail["code"]!.GetValue<string>()), Is.EqualTo(("/incident_id", "required")));
    }

    [Test]
    public async Task Run_EmptyBody_TakenAsEmptyInput()
    {
        var (status, body) = await Host.SendRawAsync(HttpMethod.Post, "/api/actions/incidentio.list_severities/run", "", "application/json");

        Assert.That(status, Is.EqualTo(200), body);
        Assert.That(JsonNode.Parse(body)!["output"]!["severities"]!.AsArray(), Has.Count.EqualTo(3));
    }
}
