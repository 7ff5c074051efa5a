using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging.Abstractions;
using Workflow.Hosting.Plugins;
using Workflow.Hosting.Validation;
using Workflow.Sandbox.Tests.Support;

namespace Workflow.Sandbox.Tests.Plugins;

/// <summary>Each broken plugin is reported with its file and problem, and the healthy sample plugin is still served.</summary>
public class PluginCatalogLoaderTests
{
    private static readonly ManifestMetaSchemas Meta = ManifestMetaSchemas.Load(TestPaths.Schemas);
    private TempPlugins _plugins = null!;

    [SetUp]
    public void SetUp()
    {
        _plugins = new TempPlugins();
        _plugins.AddSample();
    }

    [TearDown]
    public void TearDown() => _plugins.Dispose();

    [Test]
    public void Load_FixturePlugins_AllActionsAndNoProblems()
    {
        var catalog = PluginCatalogLoader.Load(TestPaths.FixturePlugins, Meta, NullLogger.Instance);

        Assert.That(catalog.Problems, Is.Empty);
        Assert.That(catalog.Actions.Select(a => a.Id), Is.EquivalentTo(Seq.Of("greeter.hello", "sample.echo", "sample.fail", "sample.throw", "sample.bad_output", "sample.slow", "sample.leak", "sample.test_connection", "sample.list_colours", "sample.paint")));
    }

    [Test]
    public void Load_PluginJsonNotJson_ReportedAndOthersServed()
    {
        var folder = _plugins.AddGreeter();
        File.WriteAllText(Path.Combine(folder, "plugin.json"), "{ not json");

        var catalog = Load();

        AssertOnlyProblem(catalog, "greeter", "greeter/plugin.json", "is not valid JSON");
        Assert.That(catalog.FindPlugin("greeter"), Is.Null);
    }

    [Test]
    public void Load_ActionManifestWithoutImplementation_Reported()
    {
        var folder = _plugins.AddGreeter();
        var ghost = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "actions", "hello.json")))!;
        ghost["id"] = "greeter.ghost";
        File.WriteAllText(Path.Combine(folder, "actions", "ghost.json"), ghost.ToJsonString());

        var catalog = Load();

        AssertOnlyProblem(catalog, "greeter", "greeter/actions/ghost.json", "action 'greeter.ghost' has no implementation");
        Assert.That(catalog.FindAction("greeter.hello"), Is.Not.Null, "the implemented action is still served");
        Assert.That(catalog.ProblemsOf("greeter.ghost"), Has.Count.EqualTo(1));
    }

    [Test]
    public void Load_ImplementationWithoutManifest_Reported()
    {
        var folder = _plugins.AddGreeter();
        File.Delete(Path.Combine(folder, "actions", "hello.json"));

        var catalog = Load();

        AssertOnlyProblem(catalog, "greeter", "greeter/Greeter.Plugin.dll", "class Greeter.Plugin.HelloAction implements 'greeter.hello' but no valid manifest");
    }

    [Test]
    public void Load_DuplicatePluginId_SecondReportedAndIgnored()
    {
        _plugins.AddGreeter("greeter-a");
        _plugins.AddGreeter("greeter-b");

        var catalog = Load();

        AssertOnlyProblem(catalog, "greeter", "greeter-b/plugin.json", "duplicate plugin id 'greeter'");
        Assert.That(catalog.FindAction("greeter.hello")!.Definition.File, Does.Contain("greeter-a"));
    }

    [Test]
    public void Load_DuplicateActionIdInOnePlugin_Reported()
    {
        var folder = _plugins.AddGreeter();
        File.Copy(Path.Combine(folder, "actions", "hello.json"), Path.Combine(folder, "actions", "hello-again.json"));

        var catalog = Load();

        AssertOnlyProblem(catalog, "greeter", "greeter/actions/hello.json", "duplicate action id 'greeter.hello' (also declared in hello-again.json)");
    }

    [Test]
    public void Load_AssemblyNotDotNet_Reported()
    {
        var folder = _plugins.AddGreeter();
        File.WriteAllText(Path.Combine(folder, "Greeter.Plugin.dll"), "MZ but not really a PE file");

        var catalog = Load();

        AssertOnlyProblem(catalog, "greeter", "greeter/Greeter.Plugin.dll", "'Greeter.Plugin.dll' is not a .NET assembly");
    }

    [Test]
    public void Load_AssemblyMissing_Reported()
    {
        var folder = _plugins.AddGreeter();
        File.Delete(Path.Combine(folder, "Greeter.Plugin.dll"));

        var catalog = Load();

        AssertOnlyProblem(catalog, "greeter", "greeter/Greeter.Plugin.dll", "the plugin assembly 'Greeter.Plugin.dll' named in plugin.json does not exist");
    }

    [Test]
    public void Load_ActionManifestBreaksMetaSchema_ReportedWithPointer()
    {
        var folder = EditHello(hello => hello["annotations"]!.AsObject().Remove("readOnly"));

        var catalog = Load();

        Assert.That(catalog.Problems.Select(p => p.ToString()), Has.Some.Contains("greeter/actions/hello.json").And.Some.Contains("/annotations/readOnly"));
        Assert.That(catalog.FindAction("greeter.hello"), Is.Null);
        Assert.That(folder, Does.Exist);
    }

    [Test]
    public void Load_ExampleNotMatchingSchemas_Reported()
    {
        EditHello(hello => hello["examples"]![0]!["output"] = new JsonObject { ["greeting"] = 5 });

        var catalog = Load();

        AssertOnlyProblem(catalog, "greeter", "greeter/actions/hello.json", "example 1 ('Hello Ada') does not validate: output /greeting");
        Assert.That(catalog.FindAction("greeter.hello"), Is.Null);
    }

    [Test]
    public void Load_FilterWidgetOnAStringAndOperatorLabelsNamingNoOperator_BothReported()
    {
        EditHello(hello =>
        {
            hello["input"]!["properties"]!["name"]!["x-ui"]!["widget"] = "filter";
            hello["input"]!["properties"]!["name"]!["x-ui"]!["operatorLabels"] = JsonNode.Parse("""{"one_of": "Any of"}""");
        });

        var catalog = Load();

        Assert.That(catalog.Problems.Select(p => p.Message), Is.EquivalentTo(Seq.Of(
            "input 'name': widget 'filter' needs an object schema whose properties are the operators (one_of, not_in, …)",
            "input 'name': operatorLabels names 'one_of', which is not a property (operator) of this input")));
    }

    [Test]
    public void Load_DynamicOptionsNamingUnknownAction_Reported()
    {
        EditHello(hello => hello["input"]!["properties"]!["name"]!["x-ui"]!["dynamicOptions"] = JsonNode.Parse(
            """{"action":"greeter.list_names","items":"/names","value":"/id","label":"/name","dependsOn":["nope"]}"""));

        var catalog = Load();

        Assert.That(catalog.Problems.Select(p => p.Message), Is.EquivalentTo(Seq.Of("input 'name': dynamicOptions.action 'greeter.list_names' is not an action of this plugin",
            "input 'name': dynamicOptions refers to 'nope', which is not an input of this action")));
    }

    [Test]
    public void Load_MissingDirectory_ReportedNotThrown()
    {
        var catalog = PluginCatalogLoader.Load(Path.Combine(_plugins.Root, "nowhere"), Meta, NullLogger.Instance);

        Assert.That(catalog.Problems.Single().Message, Is.EqualTo("the plugins directory does not exist"));
        Assert.That(catalog.DirectoryProblem, Does.Contain("does not exist").And.Contain("plugin.json"));
    }

    [Test]
    public void Load_EmptyDirectory_DirectoryProblemSaysWhatWasExpected()
    {
        using var empty = new TempPlugins();

        var catalog = PluginCatalogLoader.Load(empty.Root, Meta, NullLogger.Instance);

        Assert.That(catalog.DirectoryProblem, Does.StartWith("No plugin found in ").And.Contain("one sub-folder per plugin, each holding a plugin.json"));
    }

    [Test]
    public void Load_APluginFolderItself_DirectoryProblemSaysToPassItsParent()
    {
        var folder = _plugins.AddGreeter();

        var catalog = PluginCatalogLoader.Load(folder, Meta, NullLogger.Instance);

        Assert.That(catalog.DirectoryProblem, Does.Contain("is a plugin folder itself").And.Contain($"--plugins {_plugins.Root}"));
    }

    private PluginCatalog Load() => PluginCatalogLoader.Load(_plugins.Root, Meta, NullLogger.Instance);

    private string EditHello(Action<JsonNode> edit)
    {
        var folder = _plugins.AddGreeter();
        var path = Path.Combine(folder, "actions", "hello.json");
        var hello = JsonNode.Parse(File.ReadAllText(path))!;
        edit(hello);
        File.WriteAllText(path, hello.ToJsonString());
        return folder;
    }

    private static void AssertOnlyProblem(PluginCatalog catalog, string plugin, string file, string message)
    {
        Assert.That(catalog.Problems, Has.Count.EqualTo(1), string.Join("\n", catalog.Problems));
        var problem = catalog.Problems[0];
        Assert.That((problem.Plugin, problem.File.Replace('\\', '/')), Is.EqualTo((plugin, file)));
        Assert.That(problem.Message, Does.Contain(message));
        Assert.That(catalog.FindPlugin("sample")!.Actions, Has.Count.EqualTo(9), "the healthy plugin is still served");
    }
}
