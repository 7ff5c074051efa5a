using Workflow.Sandbox.Tests.Support;

namespace Workflow.Sandbox.Tests.Commands;

public class ValidateCommandTests
{
    [Test]
    public async Task Validate_HealthyPlugins_Exit0()
    {
        var result = await new SandboxCli().RunAsync("validate");

        Assert.That(result.ExitCode, Is.Zero, result.Output);
        Assert.That(result.Output, Does.Contain("2 plugins, 10 actions, 0 triggers, 0 problems"));
    }

    [Test]
    public async Task Validate_EmptyPluginsDirectory_HostErrorSayingWhatWasExpectedExit3()
    {
        using var plugins = new TempPlugins();

        var result = await new SandboxCli().RunAsync("validate", "--plugins", plugins.Root);

        Assert.That(result.ExitCode, Is.EqualTo(3), result.Output);
        Assert.That(result.Output, Does.Contain("No plugin found in").And.Contain("plugin.json").And.Not.Contain("✓"));
    }

    [Test]
    public async Task Validate_MissingImplementation_PrintsProblemAndExit1()
    {
        using var plugins = new TempPlugins();
        var folder = plugins.AddGreeter();
        File.WriteAllText(Path.Combine(folder, "actions", "bye.json"),
            File.ReadAllText(Path.Combine(folder, "actions", "hello.json")).Replace("greeter.hello", "greeter.bye", StringComparison.Ordinal));

        var result = await new SandboxCli().RunAsync("validate", "--plugins", plugins.Root);

        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.Output, Does.Contain("greeter/actions/bye.json: action 'greeter.bye' has no implementation"));
    }

    [Test]
    public async Task Validate_CacheClaimsBrokenFolderIsClean_StillChecksInFull()
    {
        using var plugins = new TempPlugins();
        var cache = ForgedCheckCache.ForBrokenGreeter(plugins);

        var list = await new SandboxCli(checkCache: cache).RunAsync("list", "--plugins", plugins.Root);
        var result = await new SandboxCli(checkCache: cache).RunAsync("validate", "--plugins", plugins.Root);

        Assert.That(list.Output, Does.Not.Contain("does not validate"), "list trusts the (forged) cache entry");
        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.Output, Does.Contain("example 1 ('Hello Ada') does not validate"));
    }
}
