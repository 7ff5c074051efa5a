using System.Text.Json.Nodes;
using Workflow.Sandbox.Tests.Support;

namespace Workflow.Sandbox.Tests.Commands;

public class WorkflowCommandTests
{
    private const string Chain = """
        {
          "name": "Greeting chain",
          "trigger": { "example": { "who": "Ada" } },
          "steps": [
            { "id": "hello", "action": "greeter.hello", "input": { "name": "{{ trigger.who }}" } },
            { "id": "echo", "action": "sample.echo", "input": { "message": "{{ steps.hello.output.greeting }}" } }
          ]
        }
        """;

    private const string ValidThenInvalid = """
        { "name": "v", "steps": [
          { "id": "valid", "action": "sample.bad_output", "input": { "valid": true } },
          { "id": "invalid", "action": "sample.bad_output" }
        ] }
        """;

    [TestCase()]
    [TestCase("--output-validation", "full")]
    public async Task Workflow_FullOutputValidationSecondOutputInvalid_StepFailsExit3(params string[] option)
    {
        using var file = new TempWorkflow(ValidThenInvalid);

        var result = await new SandboxCli().RunAsync(["workflow", file.Path, "--json", .. option]);

        Assert.That(result.ExitCode, Is.EqualTo(3), result.Output);
        var steps = JsonNode.Parse(result.Output)!["steps"]!.AsArray();
        Assert.That(steps.Select(s => s!["ok"]!.GetValue<bool>()), Is.EqualTo(Seq.Of(true, false)));
        Assert.That(steps[1]!["error"]!["code"]!.GetValue<string>(), Is.EqualTo("plugin_output_invalid"));
    }

    [Test]
    public async Task Workflow_FirstOutputValidationAfterAValidOutput_LaterOutputNotValidatedAndLogged()
    {
        using var file = new TempWorkflow(ValidThenInvalid);
        var cli = new SandboxCli();

        var result = await cli.RunAsync("workflow", file.Path, "--json", "--output-validation", "first", "--verbose");

        Assert.That(result.ExitCode, Is.Zero, result.Output);
        Assert.That(JsonNode.Parse(result.Output)!["steps"]![1]!["output"]!["count"]!.GetValue<string>(), Is.EqualTo("three"));
        Assert.That(cli.Logs.Lines.Count(l => l.Contains("sample.bad_output matched its schema", StringComparison.Ordinal)), Is.EqualTo(1));
    }

    [Test]
    public async Task Workflow_FirstOutputValidationInvalidFirstOutput_StepFailsExit3()
    {
        using var file = new TempWorkflow("""{ "name": "i", "steps": [ { "id": "invalid", "action": "sample.bad_output" } ] }""");

        var result = await new SandboxCli().RunAsync("workflow", file.Path, "--json", "--output-validation", "first");

        Assert.That(result.ExitCode, Is.EqualTo(3), result.Output);
        Assert.That(JsonNode.Parse(result.Output)!["steps"]![0]!["error"]!["code"]!.GetValue<string>(), Is.EqualTo("plugin_output_invalid"));
    }

    [TestCase("run", "sample.echo")]
    [TestCase("workflow", "missing.json")]
    [TestCase("serve")]
    public async Task OutputValidation_UnknownMode_UsageErrorNamingTheOptionExit2(params string[] command)
    {
        var result = await new SandboxCli().RunAsync([.. command, "--output-validation", "sometimes"]);

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Output, Does.Contain("--output-validation must be full or first, not 'sometimes'"));
    }

    [Test]
    public async Task Workflow_Json_OneDocumentWithEveryStep()
    {
        using var file = new TempWorkflow(Chain);

        var result = await new SandboxCli().RunAsync("workflow", file.Path, "--json", "--run-id", "r-9");

        Assert.That(result.ExitCode, Is.Zero, result.Output);
        var json = JsonNode.Parse(result.Output)!.AsObject();
        Assert.That(json.Select(p => p.Key), Is.EqualTo(Seq.Of("ok", "run_id", "steps")));
        Assert.That((json["ok"]!.GetValue<bool>(), json["run_id"]!.GetValue<string>()), Is.EqualTo((true, "r-9")));
        var steps = json["steps"]!.AsArray();
        Assert.That(steps.Select(s => s!["id"]!.GetValue<string>()), Is.EqualTo(Seq.Of("hello", "echo")));
        Assert.That(steps[0]!.AsObject().Select(p => p.Key), Is.EqualTo(Seq.Of("id", "action", "ok", "duration_ms", "output", "warnings")));
        Assert.That(steps[0]!["warnings"]!.AsArray(), Is.Empty);
        Assert.That(steps[1]!["output"]!["echo"]!["message"]!.GetValue<string>(), Is.EqualTo("Hello, Ada!"));
    }

    [Test]
    public async Task Workflow_FailingStepJson_ErrorInsteadOfOutputExit1()
    {
        using var file = new TempWorkflow("""{ "name": "f", "steps": [ { "id": "boom", "action": "sample.fail" } ] }""");

        var result = await new SandboxCli().RunAsync("workflow", file.Path, "--json");

        Assert.That(result.ExitCode, Is.EqualTo(1), result.Output);
        var step = JsonNode.Parse(result.Output)!["steps"]![0]!;
        Assert.That(step["ok"]!.GetValue<bool>(), Is.False);
        Assert.That(step["output"], Is.Null);
        Assert.That(step["error"]!["code"]!.GetValue<string>(), Is.EqualTo("unauthorized"));
    }

    [Test]
    public async Task Workflow_Human_StepLinesThenOutputs()
    {
        using var file = new TempWorkflow(Chain);

        var result = await new SandboxCli().RunAsync("workflow", file.Path);

        Assert.That(result.ExitCode, Is.Zero, result.Output);
        Assert.That(result.Output, Does.Contain("Workflow: Greeting chain (2 steps, run wf-"));
        Assert.That(result.Output, Does.Match(@"✓ hello +greeter\.hello +\d+ ms  greeting: ""Hello, Ada!"""));
        Assert.That(result.Output, Does.Contain("Outputs").And.Contain("✓ Greeting chain: 2 of 2 steps succeeded"));
    }

    [Test]
    public async Task Workflow_HumanFailure_NamesTheStepExit1()
    {
        using var file = new TempWorkflow("""{ "name": "f", "steps": [ { "id": "boom", "action": "sample.fail" }, { "id": "later", "action": "sample.fail" } ] }""");

        var result = await new SandboxCli().RunAsync("workflow", file.Path);

        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.Output, Does.Contain("action failed (unauthorized)").And.Contain("Invalid sample token (401)"));
        Assert.That(result.Output, Does.Contain("stopped at step 'boom' (sample.fail)").And.Not.Contain("later"));
    }

    [Test]
    public async Task Workflow_TemplateError_Exit2WithStepFieldPosition()
    {
        using var file = new TempWorkflow("""{ "name": "t", "steps": [ { "id": "greet", "action": "greeter.hello", "input": { "name": "{{ trigger.x.y }}" } } ] }""");

        var result = await new SandboxCli().RunAsync("workflow", file.Path);

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Output, Does.Contain("template_error").And.Contain("steps[greet]/name: (1,"));
    }

    [Test]
    public async Task Workflow_TriggerInline_ReplacesTheExample()
    {
        using var file = new TempWorkflow(Chain);

        var result = await new SandboxCli().RunAsync("workflow", file.Path, "--json", "--trigger", """{"who":"Grace"}""");

        Assert.That(EchoMessage(result.Output), Is.EqualTo("Hello, Grace!"));
    }

    [Test]
    public async Task Workflow_TriggerFile_Read()
    {
        using var file = new TempWorkflow(Chain);
        var trigger = file.Add("trigger.json", """{"who":"Linus"}""");

        var result = await new SandboxCli().RunAsync("workflow", file.Path, "--json", "--trigger", trigger);

        Assert.That(EchoMessage(result.Output), Is.EqualTo("Hello, Linus!"));
    }

    [Test]
    public async Task Workflow_TriggerStdin_Read()
    {
        using var file = new TempWorkflow(Chain);

        var result = await new SandboxCli(standardInput: """{"who":"Barbara"}""").RunAsync("workflow", file.Path, "--json", "--trigger", "-");

        Assert.That(EchoMessage(result.Output), Is.EqualTo("Hello, Barbara!"));
    }

    [Test]
    public async Task Workflow_NoTriggerAndNoExample_TriggerIsEmptyObject()
    {
        using var file = new TempWorkflow("""{ "name": "e", "steps": [ { "id": "echo", "action": "sample.echo", "input": { "message": "size {{ trigger | object.size }}" } } ] }""");

        var result = await new SandboxCli().RunAsync("workflow", file.Path, "--json");

        Assert.That(EchoMessage(result.Output), Is.EqualTo("size 0"));
    }

    [Test]
    public async Task Workflow_TriggerNotJson_Exit2NamesTheOption()
    {
        using var file = new TempWorkflow(Chain);

        var result = await new SandboxCli().RunAsync("workflow", file.Path, "--trigger", "{oops");

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Output, Does.Contain("--trigger is neither an existing file nor valid JSON"));
    }

    [Test]
    public async Task Workflow_InvalidFile_Exit2WithEveryPointer()
    {
        using var file = new TempWorkflow("""{ "steps": [ { "id": "Bad Id", "action": "sample.echo" } ] }""");

        var result = await new SandboxCli().RunAsync("workflow", file.Path, "--json");

        Assert.That(result.ExitCode, Is.EqualTo(2));
        var error = JsonNode.Parse(result.Output)!["error"]!;
        Assert.That(error["code"]!.GetValue<string>(), Is.EqualTo("invalid_workflow"));
        Assert.That(error["details"]!.AsArray().Select(d => d!["field"]!.GetValue<string>()), Is.SupersetOf(Seq.Of("/name", "/steps/0/id")));
    }

    [Test]
    public async Task Workflow_MissingFile_Exit2()
    {
        var result = await new SandboxCli().RunAsync("workflow", "/nonexistent/flow.json");

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Output, Does.Contain("does not exist"));
    }

    [Test]
    public async Task Workflow_FileOrTriggerNotUtf8_RefusedNamingTheFileAndOffsetExit2()
    {
        using var file = new TempWorkflow(Chain);
        var badWorkflow = file.Add("bad-workflow.json", [.. "{ \"name\": \""u8, 0xFF, .. "\" }"u8]);
        var badTrigger = file.Add("trigger.json", [.. "{ \"title\": \""u8, 0xC0, 0xAF, .. "\" }"u8]);

        var workflow = await new SandboxCli().RunAsync("workflow", badWorkflow, "--json");
        var trigger = await new SandboxCli().RunAsync("workflow", file.Path, "--trigger", badTrigger, "--json");

        var workflowError = JsonNode.Parse(workflow.Output)!["error"]!;
        var triggerError = JsonNode.Parse(trigger.Output)!["error"]!;
        Assert.Multiple(() =>
        {
            Assert.That((workflow.ExitCode, trigger.ExitCode), Is.EqualTo((2, 2)), workflow.Output + trigger.Output);
            Assert.That(workflowError["code"]!.GetValue<string>(), Is.EqualTo("invalid_workflow"));
            Assert.That(workflowError["message"]!.GetValue<string>(), Does.Contain(badWorkflow));
            Assert.That(workflowError["details"]![0]!["message"]!.GetValue<string>(), Does.Contain("not valid UTF-8: byte 0xFF at byte offset 11"));
            Assert.That(triggerError["code"]!.GetValue<string>(), Is.EqualTo("invalid_json"));
            Assert.That(triggerError["message"]!.GetValue<string>(), Does.Contain($"--trigger: the file '{badTrigger}' is not valid UTF-8: byte 0xC0 at byte offset 12"));
        });
    }

    [Test]
    public async Task Workflow_SimulateAndBaseUrl_UsageErrorExit2()
    {
        using var file = new TempWorkflow(Chain);

        var result = await new SandboxCli().RunAsync("workflow", file.Path, "--simulate", "--base-url", "http://x.invalid");

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Output, Does.Contain("--simulate and --base-url exclude each other"));
    }

    [Test]
    public async Task Workflow_BaseUrlAndKeyFromEnvironment_ReachEveryStep()
    {
        using var file = new TempWorkflow("""{ "name": "c", "steps": [ { "id": "echo", "action": "sample.echo", "input": { "message": "m" } } ] }""");

        var result = await new SandboxCli(new Dictionary<string, string> { ["SAMPLE_API_KEY"] = "k-123" }).RunAsync("workflow", file.Path, "--json", "--base-url", "https://cli.invalid");

        var output = JsonNode.Parse(result.Output)!["steps"]![0]!["output"]!;
        Assert.That((output["base_url"]!.GetValue<string>(), output["has_api_key"]!.GetValue<bool>()), Is.EqualTo(("https://cli.invalid", true)));
    }

    private static string EchoMessage(string output) =>
        JsonNode.Parse(output)!["steps"]!.AsArray().Last()!["output"]!["echo"]!["message"]!.GetValue<string>();

    [Test]
    [Category("IncidentIoPlugin")]
    public async Task Workflow_StepOnARouteTheSimulatorLacks_SimulatorLimitation()
    {
        using var file = new TempWorkflow("""
            { "name": "Custom fields",
              "steps": [ { "id": "fields", "action": "incidentio.call_api", "input": { "path": "/v1/custom_fields" } } ] }
            """);

        var result = await new SandboxCli().RunAsync("workflow", file.Path, "--plugins", TestPaths.RealPlugins, "--simulate");

        Assert.That(result.ExitCode, Is.EqualTo(1), result.Output);
        Assert.That(result.Output, Does.Contain("simulator limitation").And.Contain("does not implement GET /v1/custom_fields"));
    }
}
