using System.Text.Json.Nodes;
using Workflow.Sandbox.Tests.Support;

namespace Workflow.Sandbox.Tests.Commands;

public class DescribeCommandTests
{
    [Test]
    public async Task Describe_Action_ShowsInputsOutputsAndExamples()
    {
        var result = await new SandboxCli().RunAsync("describe", "sample.echo");

        Assert.That(result.ExitCode, Is.Zero);
        Assert.That(result.Output, Does.Contain("Echo (sample.echo 1.0.0)").And.Contain("textarea").And.Contain("advanced")
            .And.Contain("has_api_key").And.Contain("Example: Say hi"));
    }

    [Test]
    public async Task Describe_Json_InputsWithUiHints()
    {
        var result = await new SandboxCli().RunAsync("describe", "sample.echo", "--json");

        var inputs = JsonNode.Parse(result.Output)!["inputs"]!.AsArray();
        Assert.That(inputs.Select(i => i!["name"]!.GetValue<string>()), Is.EqualTo(Seq.Of("message", "count", "mode")));
        Assert.That(inputs[0]!["label"]!.GetValue<string>(), Is.EqualTo("Message"));
        Assert.That(inputs[0]!["required"]!.GetValue<bool>(), Is.True);
    }

    [Test]
    public async Task Describe_UnknownAction_Exit2()
    {
        var result = await new SandboxCli().RunAsync("describe", "sample.nope");

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Output, Does.Contain("unknown_action"));
    }
}
