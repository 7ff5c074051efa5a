using Workflow.Sandbox.Tests.Support;

namespace Workflow.Sandbox.Tests.Commands;

public class TestConnectionCommandTests
{
    [Test]
    public async Task TestConnection_ValidKey_Exit0()
    {
        var result = await new SandboxCli(new Dictionary<string, string> { ["SAMPLE_API_KEY"] = "good-key" }).RunAsync("test-connection");

        Assert.That(result.ExitCode, Is.Zero, result.Output);
        Assert.That(result.Output, Does.Contain("The connection works"));
    }

    [Test]
    public async Task TestConnection_InvalidKey_MessageFromOutputExit1()
    {
        var result = await new SandboxCli(new Dictionary<string, string> { ["SAMPLE_API_KEY"] = "bad-key" }).RunAsync("test-connection", "--plugin", "sample");

        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.Output, Does.Contain("The sample API key was rejected."));
    }

    [Test]
    public async Task TestConnection_PluginWithoutTestAction_Exit2()
    {
        var result = await new SandboxCli().RunAsync("test-connection", "--plugin", "greeter");

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Output, Does.Contain("declares no testConnection action"));
    }
}
