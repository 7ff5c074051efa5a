using System.Text.Json.Nodes;
using Workflow.Sandbox.Tests.Support;

namespace Workflow.Sandbox.Tests.Commands;

public class ListCommandTests
{
    [Test]
    public async Task List_FixturePlugins_TableWithActionsAndTitles()
    {
        var result = await new SandboxCli().RunAsync("list");

        Assert.That(result.ExitCode, Is.Zero);
        Assert.That(result.Output, Does.Contain("sample.echo").And.Contain("Echo").And.Contain("greeter.hello").And.Contain("Say hello"));
    }

    [Test]
    public async Task List_Json_MachineOutputOnly()
    {
        var result = await new SandboxCli().RunAsync("list", "--json");

        var json = JsonNode.Parse(result.Output)!;
        var actions = json["plugins"]!.AsArray().SelectMany(p => p!["actions"]!.AsArray()).ToList();
        Assert.That(actions.Select(a => (a!["id"]!.GetValue<string>(), a["title"]!.GetValue<string>())), Does.Contain(("sample.echo", "Echo")));
        Assert.That(actions.Single(a => a!["id"]!.GetValue<string>() == "sample.echo")!["read_only"]!.GetValue<bool>(), Is.True);
        Assert.That(json["problems"]!.AsArray(), Is.Empty);
    }

    [Test]
    public async Task List_BrokenPlugin_ProblemShownAndGoodPluginListed()
    {
        using var plugins = new TempPlugins();
        plugins.AddSample();
        File.WriteAllText(Path.Combine(plugins.AddGreeter(), "plugin.json"), "[");

        var result = await new SandboxCli().RunAsync("list", "--plugins", plugins.Root);

        Assert.That(result.ExitCode, Is.Zero);
        Assert.That(result.Output, Does.Contain("sample.echo"));
        Assert.That(result.Output, Does.Contain("greeter/plugin.json: is not valid JSON"));
    }

    [Test]
    public async Task List_NoCache_ChecksInFullThoughTheCacheSaysClean()
    {
        using var plugins = new TempPlugins();
        var cache = ForgedCheckCache.ForBrokenGreeter(plugins);

        var trusting = await new SandboxCli(checkCache: cache).RunAsync("list", "--plugins", plugins.Root);
        var result = await new SandboxCli(checkCache: cache).RunAsync("list", "--plugins", plugins.Root, "--no-cache");

        Assert.That(trusting.Output, Does.Not.Contain("does not validate"), "without --no-cache, list trusts the (forged) cache entry");
        Assert.That(result.Output, Does.Contain("example 1 ('Hello Ada') does not validate"));
    }
}
