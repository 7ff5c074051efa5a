using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Workflow.Sandbox.Tests.Support;

namespace Workflow.Sandbox.Tests.EndToEnd;

/// <summary>
/// <c>listen --state-dir DIR --hold-runs</c> as its own process, over real HTTP: deliveries are verified, recorded and
/// acknowledged but not run; they survive the process, and the next <c>listen</c> without the flag runs each once.
/// </summary>
[Category("EndToEnd")]
public class ListenHoldRunsEndToEndTests
{
    private const string Workflow = """
        { "name": "Held", "trigger": { "on": "incidentio.incident_created" },
          "steps": [ { "id": "severities", "action": "incidentio.list_severities" } ] }
        """;

    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(30) };

    [Test]
    public async Task ListenHoldRuns_DeliveriesHeld_AcknowledgedNotRunThenRunOnceAfterARestartWithoutIt()
    {
        using var workflow = new TempWorkflow(Workflow, "held.json");
        var secret = workflow.Add("secret", ListenerHarness.Secret);
        var state = Path.Combine(Path.GetDirectoryName(workflow.Path)!, "state");
        string[] Listen(params string[] more) =>
            ["listen", workflow.Path, "--simulate", "--webhook-secret-file", secret, "--state-dir", state, "--json", "--port", "0", .. more];
        string[] ids = ["msg_held_1", "msg_held_2", "msg_held_3"];

        JsonObject heldReady;
        var answers = new List<(string Id, int Status, string Code)>();
        (int ExitCode, string Output) held;
        using (var host = BackgroundHost.Start(Listen("--hold-runs")))
        {
            heldReady = await ReadJsonAsync(host);
            var url = (string)heldReady["url"]!;
            foreach (var id in ids)
            {
                answers.Add(await PostAsync(url, id, ListenerHarness.Secret));
            }

            answers.Add(await PostAsync(url, ids[0], ListenerHarness.Secret));
            answers.Add(await PostAsync(url, "msg_forged", "whsec_" + Convert.ToBase64String(new byte[24])));
            held = await host.TerminateAsync();
        }

        JsonObject resumedReady;
        var runs = new List<JsonObject>();
        (int ExitCode, string Output) resumed;
        using (var host = BackgroundHost.Start(Listen()))
        {
            resumedReady = await ReadJsonAsync(host);
            for (var i = 0; i < ids.Length; i++)
            {
                runs.Add(await ReadJsonAsync(host));
            }

            resumed = await host.TerminateAsync();
        }

        JsonObject afterReady;
        (int ExitCode, string Output) after;
        using (var host = BackgroundHost.Start(Listen()))
        {
            afterReady = await ReadJsonAsync(host);
            after = await host.TerminateAsync();
        }

        using (Assert.EnterMultipleScope())
        {
            Assert.That(((int)heldReady["pending"]!, (bool)heldReady["runs_held"]!), Is.EqualTo((0, true)), heldReady.ToJsonString());
            Assert.That(answers, Is.EqualTo(new[]
            {
                (ids[0], 202, "accepted"), (ids[1], 202, "accepted"), (ids[2], 202, "accepted"), (ids[0], 200, "duplicate"), ("msg_forged", 401, "invalid_signature"),
            }));
            Assert.That(held, Is.EqualTo((0, "")), "a held listen prints no run line");
            Assert.That(((int)resumedReady["pending"]!, (bool)resumedReady["runs_held"]!), Is.EqualTo((3, false)), resumedReady.ToJsonString());
            Assert.That(runs.Select(r => ((string?)r["webhook_id"], (bool)r["ok"]!)).Order(), Is.EqualTo(ids.Select(id => ((string?)id, true))), string.Join('\n', runs));
            Assert.That(resumed, Is.EqualTo((0, "")), "each held delivery runs once");
            Assert.That((int)afterReady["pending"]!, Is.Zero, "nothing is left to run after the resumed listen");
            Assert.That(after, Is.EqualTo((0, "")));
        }
    }

    [Test]
    public async Task ListenHoldRuns_WithoutStateDir_RefusedExit2AndNothingListens()
    {
        using var workflow = new TempWorkflow(Workflow, "held.json");

        var result = await HostProcess.RunAsync(new Dictionary<string, string?>(), "listen", workflow.Path, "--simulate", "--hold-runs", "--port", "0");

        Assert.That(result.ExitCode, Is.EqualTo(2), result.ToString());
        Assert.That(result.All, Does.Contain("--hold-runs needs --state-dir DIR").And.Not.Contain("Listening on"), result.ToString());
    }

    [Test]
    public async Task Listen_StateDirNotASqliteFile_RefusedExit3NamingTheFileAndNothingListens()
    {
        using var workflow = new TempWorkflow(Workflow, "held.json");
        var stateDir = Directory.CreateTempSubdirectory("listen-state-").FullName;
        try
        {
            await File.WriteAllTextAsync(Path.Combine(stateDir, "deliveries.db"), "not a database, but a note someone left here");

            var result = await HostProcess.RunAsync(new Dictionary<string, string?>(), "listen", workflow.Path, "--simulate", "--state-dir", stateDir, "--port", "0");

            Assert.That(result.ExitCode, Is.EqualTo(3), result.ToString());
            Assert.That(result.All, Does.Contain("--state-dir: cannot open deliveries.db:").And.Not.Contain("Listening on").And.Not.Contain("Unhandled"), result.ToString());
        }
        finally
        {
            Directory.Delete(stateDir, recursive: true);
        }
    }

    private static async Task<(string Id, int Status, string Code)> PostAsync(string url, string id, string secret)
    {
        var body = new JsonObject
        {
            ["event_type"] = "public_incident.incident_created_v2",
            ["public_incident.incident_created_v2"] = new JsonObject { ["id"] = "01FDAG4SAP5TYPT98WGR2N7W91", ["name"] = "Checkout down", ["visibility"] = "public" },
        }.ToJsonString();
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(body, Encoding.UTF8, new MediaTypeHeaderValue("application/json")) };
        foreach (var (name, value) in ListenerHarness.SignedHeaders(body, id, secret, DateTimeOffset.UtcNow))
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        using var response = await Http.SendAsync(request);
        var answer = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return (id, (int)response.StatusCode, (string)answer["status"]!);
    }

    private static async Task<JsonObject> ReadJsonAsync(BackgroundHost host)
    {
        var line = await host.ReadLineAsync();
        Assert.That(line, Is.Not.Null, "the host ended early");
        return JsonNode.Parse(line!)!.AsObject();
    }
}
