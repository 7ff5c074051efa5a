using System.Text.Json.Nodes;
using Workflow.Sandbox.Tests.Support;

namespace Workflow.Sandbox.Tests.EndToEnd;

/// <summary>The published host as a separate process over the fixture plugins: what a user sees, exit codes included.</summary>
[Category("EndToEnd")]
public class SampleHostEndToEndTests
{
    private static readonly Dictionary<string, string?> NoEnvironment = [];

    [Test]
    public async Task List_Json_ActionsWithTitles()
    {
        var result = await HostProcess.RunAsync(NoEnvironment, "list", "--json", "--plugins", TestPaths.FixturePlugins);

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        var titles = JsonNode.Parse(result.StandardOutput)!["plugins"]!.AsArray()
            .SelectMany(p => p!["actions"]!.AsArray()).ToDictionary(a => a!["id"]!.GetValue<string>(), a => a!["title"]!.GetValue<string>());
        Assert.That(titles["sample.echo"], Is.EqualTo("Echo"));
        Assert.That(titles["greeter.hello"], Is.EqualTo("Say hello"));
    }

    [Test]
    public async Task Run_Echo_OutputExit0()
    {
        var result = await HostProcess.RunAsync(NoEnvironment, "run", "sample.echo", "--input", """{"message":"hi"}""", "--plugins", TestPaths.FixturePlugins);

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(JsonNode.Parse(result.StandardOutput)!["echo"]!["message"]!.GetValue<string>(), Is.EqualTo("hi"));
    }

    [Test]
    public async Task Run_ThreeInputProblems_ThreePointersExit2()
    {
        var result = await HostProcess.RunAsync(NoEnvironment, "run", "sample.echo", "--input", """{"count":0,"colour":"red"}""", "--plugins", TestPaths.FixturePlugins);

        Assert.That(result.ExitCode, Is.EqualTo(2), result.ToString());
        Assert.That(result.StandardOutput, Does.Contain("/message: 'message' is required.").And.Contain("/count:").And.Contain("/colour: 'colour' is not an allowed property."));
    }

    [Test]
    public async Task Run_PluginThrows_Exit3AndStackTraceOnlyWithVerbose()
    {
        var quiet = await HostProcess.RunAsync(NoEnvironment, "run", "sample.throw", "--plugins", TestPaths.FixturePlugins);
        var verbose = await HostProcess.RunAsync(NoEnvironment, "run", "sample.throw", "--plugins", TestPaths.FixturePlugins, "--verbose");

        Assert.That((quiet.ExitCode, verbose.ExitCode), Is.EqualTo((3, 3)), quiet.ToString());
        Assert.That(quiet.All, Does.Contain("Step 'sample.throw': action sample.throw threw InvalidOperationException").And.Not.Contain("ThrowAction.ExecuteAsync"));
        Assert.That(verbose.StandardError, Does.Contain("ThrowAction.ExecuteAsync"));
    }

    [Test]
    public async Task Run_PluginLeaksKey_KeyNeverPrintedEvenVerbose()
    {
        const string key = "sk-LEAK-CANARY-5150";
        var result = await HostProcess.RunAsync(new Dictionary<string, string?> { ["SAMPLE_API_KEY"] = key },
            "run", "sample.leak", "--plugins", TestPaths.FixturePlugins, "--verbose");

        Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
        Assert.That(result.All, Does.Not.Contain(key));
        Assert.That(result.StandardError, Does.Contain("calling with key ********"));
        Assert.That(result.StandardOutput, Does.Contain("The key ******** was rejected"));
    }

    [Test]
    public async Task Validate_BrokenPlugin_Exit1AndGoodPluginStillListed()
    {
        using var plugins = new TempPlugins();
        plugins.AddSample();
        File.Delete(Path.Combine(plugins.AddGreeter(), "Greeter.Plugin.dll"));

        var validate = await HostProcess.RunAsync(NoEnvironment, "validate", "--plugins", plugins.Root);
        var list = await HostProcess.RunAsync(NoEnvironment, "list", "--plugins", plugins.Root);

        Assert.That(validate.ExitCode, Is.EqualTo(1), validate.ToString());
        Assert.That(validate.StandardOutput, Does.Contain("greeter/Greeter.Plugin.dll: the plugin assembly 'Greeter.Plugin.dll' named in plugin.json does not exist"));
        Assert.That(list.ExitCode, Is.Zero, list.ToString());
        Assert.That(list.StandardOutput, Does.Contain("sample.echo"));
    }

    [Test]
    public async Task Run_PluginBuiltForAnotherContractMajor_Exit3NamingBothVersionsBeforeAnyTypeLoads()
    {
        using var plugins = new TempPlugins();
        var sample = plugins.AddSample();
        var manifestPath = Path.Combine(sample, "plugin.json");
        var manifest = JsonNode.Parse(File.ReadAllText(manifestPath))!.AsObject();
        var stamped = manifest["contractVersion"]!.GetValue<string>();
        manifest["contractVersion"] = "2.0.0";
        File.WriteAllText(manifestPath, manifest.ToJsonString());
        // Were the dll ever loaded, this would be a type-load failure rather than the contract error.
        File.WriteAllText(Path.Combine(sample, "Sample.Plugin.dll"), "not an assembly");

        var result = await HostProcess.RunAsync(NoEnvironment, "run", "sample.echo", "--input", """{"message":"hi"}""", "--plugins", plugins.Root);

        Assert.That(result.ExitCode, Is.EqualTo(3), result.ToString());
        Assert.That(result.StandardOutput, Does.Contain($"built against contract Workflow.Abstractions 2.0.0, but this host provides {stamped}"));
        Assert.That(result.All, Does.Not.Contain("not a valid").And.Not.Contain("BadImageFormat"));
    }

    [Test]
    public async Task Workflow_StepsFeedEachOther_Exit0()
    {
        using var file = new TempWorkflow("""
            { "name": "Chain", "trigger": { "example": { "who": "Ada" } },
              "steps": [ { "id": "hello", "action": "greeter.hello", "input": { "name": "{{ trigger.who }}" } },
                         { "id": "echo", "action": "sample.echo", "input": { "message": "{{ steps.hello.output.greeting }}" } } ] }
            """);

        var result = await HostProcess.RunAsync(NoEnvironment, "workflow", file.Path, "--plugins", TestPaths.FixturePlugins, "--json");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(JsonNode.Parse(result.StandardOutput)!["steps"]![1]!["output"]!["echo"]!["message"]!.GetValue<string>(), Is.EqualTo("Hello, Ada!"));
    }

    [Test]
    public async Task Workflow_FailingStep_Exit1NamingTheStep()
    {
        using var file = new TempWorkflow("""{ "name": "Failing", "steps": [ { "id": "boom", "action": "sample.fail" } ] }""");

        var result = await HostProcess.RunAsync(NoEnvironment, "workflow", file.Path, "--plugins", TestPaths.FixturePlugins);

        Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
        Assert.That(result.StandardOutput, Does.Contain("✗ boom").And.Contain("stopped at step 'boom'"));
    }

    [Test]
    public async Task Options_DynamicDropdown_Exit0()
    {
        var result = await HostProcess.RunAsync(NoEnvironment, "options", "sample.paint", "colour_id", "--plugins", TestPaths.FixturePlugins, "--json");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(JsonNode.Parse(result.StandardOutput)!.AsArray(), Has.Count.EqualTo(4));
    }
}
