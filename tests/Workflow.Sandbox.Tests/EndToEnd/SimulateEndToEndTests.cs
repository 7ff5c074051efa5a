using System.Net.Http.Headers;
using System.Text.Json.Nodes;

namespace Workflow.Sandbox.Tests.EndToEnd;

/// <summary>`simulate` as a user starts it: a separate process serving the incident.io simulator until stopped.</summary>
[Category("EndToEnd")]
public class SimulateEndToEndTests
{
    [Test]
    public async Task Simulate_Json_AnnouncesBaseUrlAndKeyAndHealthzAnswers()
    {
        using var host = BackgroundHost.Start("simulate", "--json");

        var announcement = JsonNode.Parse(await host.ReadLineAsync() ?? "null");
        var baseUrl = announcement?["base_url"]?.GetValue<string>();
        using var http = new HttpClient();
        var health = await http.GetStringAsync(new Uri(baseUrl + "/healthz"));

        Assert.That(baseUrl, Does.StartWith("http://127.0.0.1:"));
        Assert.That(announcement!["api_key"]!.GetValue<string>(), Is.EqualTo("sim_local_key"));
        Assert.That(health, Does.Contain("\"ok\""));
    }

    [Test]
    public async Task Simulate_UserKey_AcceptedButMaskedInTheOutput()
    {
        const string key = "my-own-sim-key-4242";
        using var host = BackgroundHost.Start("simulate", "--json", "--api-key", key);

        var line = await host.ReadLineAsync() ?? "";
        var baseUrl = JsonNode.Parse(line)!["base_url"]!.GetValue<string>();
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(baseUrl + "/v1/severities"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        using var response = await http.SendAsync(request);

        Assert.That(line, Does.Not.Contain(key).And.Contain("\"api_key\":\"********\""));
        Assert.That((int)response.StatusCode, Is.EqualTo(200));
    }

    [Test]
    public async Task Simulate_HumanOutput_UrlKeyAndHowToUseIt()
    {
        using var host = BackgroundHost.Start("simulate");

        var lines = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            lines.Add(await host.ReadLineAsync() ?? "");
        }

        Assert.That(lines[0], Does.Match(@"incident\.io simulator listening on http://127\.0\.0\.1:\d+"));
        Assert.That(string.Join('\n', lines), Does.Contain("API key: sim_local_key").And.Contain("INCIDENTIO_API_KEY=sim_local_key"));
    }

    [Test]
    public async Task Simulate_Sigterm_StopsServingExit0()
    {
        Assume.That(OperatingSystem.IsWindows(), Is.False, "SIGTERM is sent with kill(1)");
        using var host = BackgroundHost.Start("simulate", "--json");
        var baseUrl = JsonNode.Parse(await host.ReadLineAsync() ?? "null")!["base_url"]!.GetValue<string>();

        var (exitCode, rest) = await host.TerminateAsync();
        using var http = new HttpClient();

        Assert.That(exitCode, Is.Zero, rest);
        Assert.That(async () => await http.GetStringAsync(new Uri(baseUrl + "/healthz")), Throws.InstanceOf<HttpRequestException>());
    }

    [Test]
    public async Task Simulate_BadFaults_Exit2()
    {
        var result = await HostProcess.RunAsync(new Dictionary<string, string?>(), "simulate", "--faults", "nonsense=1");

        Assert.That(result.ExitCode, Is.EqualTo(2), result.ToString());
        Assert.That(result.StandardOutput, Does.Contain("--faults:"));
    }

    [Test]
    public async Task Simulate_MissingSeedFile_Exit2()
    {
        var result = await HostProcess.RunAsync(new Dictionary<string, string?>(), "simulate", "--seed", "/nonexistent/seed.json");

        Assert.That(result.ExitCode, Is.EqualTo(2), result.ToString());
        Assert.That(result.StandardOutput, Does.Contain("Seed file /nonexistent/seed.json does not exist"));
    }
}
