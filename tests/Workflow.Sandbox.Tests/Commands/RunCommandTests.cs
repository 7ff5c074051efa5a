using System.Text.Json.Nodes;
using Workflow.Sandbox.Tests.Support;

namespace Workflow.Sandbox.Tests.Commands;

public class RunCommandTests
{
    [Test]
    public async Task Run_ValidInput_PrintsOutputExit0()
    {
        var result = await new SandboxCli().RunAsync("run", "sample.echo", "--input", """{"message":"hi"}""", "--base-url", "https://cli.invalid", "--run-id", "r-7");

        Assert.That(result.ExitCode, Is.Zero, result.Output);
        var output = JsonNode.Parse(result.Output)!;
        Assert.That(output["echo"]!["message"]!.GetValue<string>(), Is.EqualTo("hi"));
        Assert.That(output["base_url"]!.GetValue<string>(), Is.EqualTo("https://cli.invalid"));
        Assert.That((output["run_id"]!.GetValue<string>(), output["step_id"]!.GetValue<string>()), Is.EqualTo(("r-7", "sample.echo")));
    }

    [Test]
    public async Task Run_InputFromStdin_Read()
    {
        var result = await new SandboxCli(standardInput: """{"message":"from stdin"}""").RunAsync("run", "sample.echo", "--input", "-", "--json");

        Assert.That(JsonNode.Parse(result.Output)!["output"]!["echo"]!["message"]!.GetValue<string>(), Is.EqualTo("from stdin"));
    }

    [Test]
    public async Task Run_ThreeInputProblems_ThreeErrorsWithPointersExit2()
    {
        var result = await new SandboxCli().RunAsync("run", "sample.echo", "--input", """{"count":0,"colour":"red"}""", "--json");

        Assert.That(result.ExitCode, Is.EqualTo(2));
        var error = JsonNode.Parse(result.Output)!["error"]!;
        Assert.That(error["code"]!.GetValue<string>(), Is.EqualTo("validation_failed"));
        Assert.That(error["details"]!.AsArray().Select(d => d!["field"]!.GetValue<string>()), Is.EquivalentTo(Seq.Of("/message", "/count", "/colour")));
    }

    [Test]
    public async Task Run_BadJson_Exit2()
    {
        var result = await new SandboxCli().RunAsync("run", "sample.echo", "--input", "{oops");

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Output, Does.Contain("invalid_json"));
    }

    [Test]
    public async Task Run_InputFileNotUtf8_InvalidJsonNamingTheFileAndOffsetExit2()
    {
        using var folder = new TempWorkflow("{}");
        var input = folder.Add("input.json", [.. """{"message":"caf"""u8, 0xE9, .. "\"}"u8]);

        var result = await new SandboxCli().RunAsync("run", "sample.echo", "--input", input, "--json");

        Assert.That(result.ExitCode, Is.EqualTo(2), result.Output);
        var error = JsonNode.Parse(result.Output)!["error"]!;
        Assert.That(error["code"]!.GetValue<string>(), Is.EqualTo("invalid_json"));
        Assert.That(error["message"]!.GetValue<string>(), Does.Contain($"the file '{input}' is not valid UTF-8: byte 0xE9 at byte offset 15"));
    }

    [Test]
    public async Task Run_ActionError_ErrorInEnvelopeExit1()
    {
        var result = await new SandboxCli().RunAsync("run", "sample.fail", "--json");

        Assert.That(result.ExitCode, Is.EqualTo(1));
        var json = JsonNode.Parse(result.Output)!;
        Assert.That(json["ok"]!.GetValue<bool>(), Is.False);
        Assert.That(json["error"]!["message"]!.GetValue<string>(), Is.EqualTo("Invalid sample token (401)"));
        Assert.That(json["error"]!["http_status"]!.GetValue<int>(), Is.EqualTo(401));
    }

    [Test]
    public async Task Run_PluginThrows_Exit3WithoutStackTrace()
    {
        var result = await new SandboxCli().RunAsync("run", "sample.throw");

        Assert.That(result.ExitCode, Is.EqualTo(3));
        Assert.That(result.Output, Does.Contain("plugin_error").And.Contain("the sample plugin broke on purpose"));
        Assert.That(result.Output, Does.Not.Contain("   at "));
    }

    [Test]
    public async Task Run_PluginOutputInvalid_Exit3()
    {
        var result = await new SandboxCli().RunAsync("run", "sample.bad_output");

        Assert.That(result.ExitCode, Is.EqualTo(3));
        Assert.That(result.Output, Does.Contain("plugin_output_invalid").And.Contain("/count"));
    }

    [Test]
    public async Task Run_PluginLeaksKey_KeyMaskedInOutputAndLogs()
    {
        var cli = new SandboxCli(new Dictionary<string, string> { ["SAMPLE_API_KEY"] = "leaky-key-9876" });

        var result = await cli.RunAsync("run", "sample.leak", "--verbose");

        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.Output, Does.Contain("The key ******** was rejected"));
        Assert.That(result.Output + string.Join("\n", cli.Logs.Lines), Does.Not.Contain("leaky-key-9876"));
        Assert.That(cli.Logs.Lines, Has.Some.Contains("calling with key ********"));
    }

    [Test]
    public async Task Run_ApiKeyFile_SetsApiKey()
    {
        using var temp = new TempPlugins();
        var keyFile = Path.Combine(temp.Root, "key");
        await File.WriteAllTextAsync(keyFile, "file-key\n");

        var result = await new SandboxCli().RunAsync("run", "sample.echo", "--input", """{"message":"m"}""", "--api-key-file", keyFile);

        Assert.That(JsonNode.Parse(result.Output)!["has_api_key"]!.GetValue<bool>(), Is.True);
    }

    [Test]
    public async Task Run_UnknownAction_Exit2()
    {
        var result = await new SandboxCli().RunAsync("run", "sample.nope");

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Output, Does.Contain("No loaded plugin provides the action 'sample.nope'"));
    }

    [Test]
    public async Task Run_UnknownOption_UsageErrorExit2()
    {
        var result = await new SandboxCli().RunAsync("run", "sample.echo", "--frobnicate");

        Assert.That(result.ExitCode, Is.EqualTo(2));
    }

    // Issue 11: a route the simulator lacks is shown as its limitation, not as something incident.io said.
    [Test]
    [Category("IncidentIoPlugin")]
    public async Task Run_CallApiOnARouteTheSimulatorLacks_SimulatorLimitationExit1()
    {
        var result = await new SandboxCli().RunAsync(
            "run", "incidentio.call_api", "--plugins", TestPaths.RealPlugins, "--simulate", "--input", """{"path":"/v1/custom_fields"}""");

        Assert.That(result.ExitCode, Is.EqualTo(1), result.Output);
        Assert.That(result.Output, Does.Contain("simulator limitation").And.Contain("does not implement GET /v1/custom_fields")
            .And.Contain("--base-url https://api.incident.io").And.Not.Contain("incident.io is having trouble"));
    }

    [Test]
    [Category("IncidentIoPlugin")]
    public async Task Run_CallApiOnARouteTheSimulatorLacksJson_NotRetryableWithTheSimulatorsType()
    {
        var result = await new SandboxCli().RunAsync(
            "run", "incidentio.call_api", "--plugins", TestPaths.RealPlugins, "--simulate", "--json", "--input", """{"method":"DELETE","path":"/v2/incidents/1"}""");

        var error = System.Text.Json.Nodes.JsonNode.Parse(result.Output)!["error"]!;
        Assert.That((int?)error["http_status"], Is.EqualTo(501), result.Output);
        Assert.That((string?)error["remote_type"], Is.EqualTo("simulator_not_implemented"));
        Assert.That((bool?)error["retryable"], Is.False);
        Assert.That((bool?)error["outcome_unknown"], Is.False, "a 501 did nothing");
    }
}
