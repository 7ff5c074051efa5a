using System.Text.Json.Nodes;
using Workflow.Abstractions;
using Workflow.Hosting;
using Workflow.Hosting.Running;
using Workflow.Hosting.Templating;
using Workflow.Sandbox.Tests.Support;

namespace Workflow.Sandbox.Tests;

[TestFixture]
public sealed class PluginHostTests
{
    private static readonly PluginHost Host = PluginHost.Load(TestPaths.FixturePlugins, new PluginHostOptions { SchemasDirectory = TestPaths.Schemas });

    [Test]
    public async Task RunAsync_RenderedValidInput_SucceedsWithTheValidatedOutput()
    {
        var connection = Host.Connect("greeter", new Dictionary<string, string>());
        var input = Host.RenderInput("greeter.hello", JsonNode.Parse("""{"name":"{{ trigger.who }}"}"""), JsonNode.Parse("""{"who":"Ada"}"""), "run-1");

        var outcome = await Host.RunAsync("greeter.hello", input, connection, new RunInfo("run-1", "hello", 1));

        Assert.Multiple(() =>
        {
            Assert.That(Host.Actions.Select(a => a.Id), Does.Contain("greeter.hello"));
            Assert.That(outcome.Status, Is.EqualTo(RunStatus.Succeeded), () => outcome.Error?.Message ?? "");
            Assert.That(outcome.Output?.GetProperty("greeting").GetString(), Is.EqualTo("Hello, Ada!"));
            Assert.That(outcome.ExitCode, Is.Zero);
        });
    }

    [Test]
    public void ValidateInput_TwoDefects_OneProblemEachAtItsPointer()
    {
        var problems = Host.ValidateInput("greeter.hello", JsonNode.Parse("""{"name":42,"extra":true}"""));

        Assert.That(problems.Select(p => p.Field), Does.Contain("/name"));
    }

    [Test]
    public async Task RunAsync_UnknownAction_InvalidInputNamingIt()
    {
        var outcome = await Host.RunAsync("greeter.nope", JsonNode.Parse("{}"), Host.Connect("greeter", new Dictionary<string, string>()), new RunInfo("r", "s", 1));

        Assert.Multiple(() =>
        {
            Assert.That(outcome.Status, Is.EqualTo(RunStatus.InvalidInput));
            Assert.That(outcome.Error?.Code, Is.EqualTo(HostErrorCodes.UnknownAction));
        });
    }

    [Test]
    public void RenderInput_UnclosedTemplate_ThrowsNamingThePointer()
    {
        var problem = Assert.Throws<TemplateRenderException>(() =>
            Host.RenderInput("greeter.hello", JsonNode.Parse("""{"name":"{{ trigger.who"}"""), JsonNode.Parse("{}"), "run-1"));

        Assert.That(problem!.Pointer, Is.EqualTo("/name"));
    }

    [Test]
    public void Load_MissingFolder_ReportsAProblemAndNoActions()
    {
        var host = PluginHost.Load(Path.Combine(Path.GetTempPath(), "no-such-plugins-" + Guid.NewGuid().ToString("N")));

        Assert.Multiple(() =>
        {
            Assert.That(host.Problems, Is.Not.Empty);
            Assert.That(host.Actions, Is.Empty);
        });
    }

    [Test]
    public void Connect_UnknownPlugin_Throws() =>
        Assert.Throws<ArgumentException>(() => Host.Connect("nope", new Dictionary<string, string>()));
}
