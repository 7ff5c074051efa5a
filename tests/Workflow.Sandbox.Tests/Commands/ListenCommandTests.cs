using Workflow.Sandbox.Tests.Support;

namespace Workflow.Sandbox.Tests.Commands;

/// <summary><c>listen</c>'s refusals before the receiver starts (runs over HTTP: EndToEnd/Listen*).</summary>
public class ListenCommandTests
{
    [Test]
    public async Task Listen_WorkflowFileNotJson_RefusedNamingTheRootNotAnEmptyPointer()
    {
        using var workflow = new TempWorkflow("{ \"name\": ", "broken.json");

        var result = await new SandboxCli().RunAsync(["listen", workflow.Path, "--simulate", "--plugins", TestPaths.RealPlugins]);

        Assert.That(result.ExitCode, Is.Not.Zero, result.Output);
        Assert.That(result.Output, Does.Contain($"{workflow.Path} is not a valid workflow: (root): Invalid JSON at line 1, position 11: "));
    }
}
