using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging.Abstractions;
using Workflow.Hosting.Plugins;
using Workflow.Hosting.Validation;
using Workflow.Sandbox.Tests.Support;

namespace Workflow.Sandbox.Tests.Plugins;

/// <summary>The manifest check cache: a clean folder is served the same without its checks; any change checks it again.</summary>
public class PluginFolderLoaderTests
{
    private TempPlugins _plugins = null!;
    private ManifestCheckCache _cache = null!;

    [SetUp]
    public void SetUp()
    {
        _plugins = new TempPlugins();
        _plugins.AddSample();
        _plugins.AddGreeter();
        _cache = new ManifestCheckCache(Path.Combine(_plugins.Root, "..", Path.GetFileName(_plugins.Root) + "-cache"));
    }

    [TearDown]
    public void TearDown()
    {
        _plugins.Dispose();
        if (Directory.Exists(_cache.Directory))
        {
            Directory.Delete(_cache.Directory, recursive: true);
        }
    }

    [Test]
    public void Load_CleanFolderSeenBefore_SameCatalogWithoutLoadingMetaSchemasOrCompilingSchemas()
    {
        var first = Load(ManifestMetaSchemas.Load(TestPaths.Schemas));
        var meta = ManifestMetaSchemas.Load(TestPaths.Schemas);

        var second = Load(meta);

        Assert.That(second.Problems, Is.Empty);
        Assert.That(Describe(second), Is.EqualTo(Describe(first)));
        Assert.That(meta.IsLoaded, Is.False, "meta-schemas not needed");
        Assert.That(second.Actions.Any(a => a.Definition.InputValidator.IsCompiled || a.Definition.OutputValidator.IsCompiled), Is.False);
    }

    [Test]
    public void Load_CachedFolder_SchemasStillValidateAtFirstUse()
    {
        Load(ManifestMetaSchemas.Load(TestPaths.Schemas));
        var hello = Load(ManifestMetaSchemas.Load(TestPaths.Schemas)).FindAction("greeter.hello")!;

        Assert.That(hello.Definition.InputValidator.Validate(new JsonObject()), Is.Not.Empty);
    }

    [Test]
    public void Load_ManifestBrokenAfterCleanCheck_CheckedAgainAndReported()
    {
        Load(ManifestMetaSchemas.Load(TestPaths.Schemas));
        BreakHelloExample();

        var catalog = Load(ManifestMetaSchemas.Load(TestPaths.Schemas));

        Assert.That(catalog.Problems.Select(p => p.Message), Has.Some.Contains("does not validate"));
        Assert.That(catalog.FindAction("greeter.hello"), Is.Null);
    }

    [Test]
    public void Load_ManifestEditedKeepingItsSizeAndTime_CheckedAgainAndReported()
    {
        Load(ManifestMetaSchemas.Load(TestPaths.Schemas));
        var path = Path.Combine(_plugins.Root, "greeter", "actions", "hello.json");
        var written = File.GetLastWriteTimeUtc(path);
        var text = File.ReadAllText(path);
        var edited = text.Replace("\"string\"", "\"number\"", StringComparison.Ordinal);
        Assume.That(edited, Is.Not.EqualTo(text));
        Assume.That(edited, Has.Length.EqualTo(text.Length));
        File.WriteAllText(path, edited);
        File.SetLastWriteTimeUtc(path, written);
        var meta = ManifestMetaSchemas.Load(TestPaths.Schemas);

        var catalog = Load(meta);

        Assert.That(meta.IsLoaded, Is.True, "checked in full: the key is the content, not the size or the time");
        Assert.That(catalog.Problems.Select(p => p.Message), Has.Some.Contains("does not validate"));
    }

    [Test]
    public void Load_FolderWithProblems_NeverRecordedAsClean()
    {
        BreakHelloExample();
        Load(ManifestMetaSchemas.Load(TestPaths.Schemas));
        var meta = ManifestMetaSchemas.Load(TestPaths.Schemas);

        var catalog = Load(meta);

        Assert.That(catalog.Problems.Select(p => p.Message), Has.Some.Contains("does not validate"));
        Assert.That(meta.IsLoaded, Is.True, "checked in full again");
    }

    [Test]
    public void Load_CorruptCacheEntry_CheckedInFullAndRewritten()
    {
        Load(ManifestMetaSchemas.Load(TestPaths.Schemas));
        foreach (var entry in Directory.GetFiles(_cache.Directory))
        {
            File.WriteAllText(entry, "garbage");
        }

        var checkedAgain = ManifestMetaSchemas.Load(TestPaths.Schemas);
        Assert.That(Load(checkedAgain).Problems, Is.Empty);
        var trusted = ManifestMetaSchemas.Load(TestPaths.Schemas);
        Load(trusted);

        Assert.That(checkedAgain.IsLoaded, Is.True);
        Assert.That(trusted.IsLoaded, Is.False);
    }

    [Test]
    public void Load_CleanFolderSeenBefore_PluginAssemblyLoadedOnlyWhenAnActionIsCreated()
    {
        var assembly = GreeterAssemblyPath();
        Load(ManifestMetaSchemas.Load(TestPaths.Schemas));
        var loadedBefore = LoadCount(assembly);

        var hello = Load(ManifestMetaSchemas.Load(TestPaths.Schemas)).FindAction("greeter.hello")!;
        var loadedAfterList = LoadCount(assembly);
        var instance = hello.CreateInstance();

        Assert.That(loadedAfterList, Is.EqualTo(loadedBefore), "a cached start binds the actions without loading the assembly");
        Assert.That(instance.GetType().GetCustomAttributes(typeof(Workflow.Abstractions.WorkflowActionAttribute), false), Has.Length.EqualTo(1));
        Assert.That(LoadCount(assembly), Is.EqualTo(loadedBefore + 1), "loaded at the first instance, in its own context");
    }

    [Test]
    public void Load_AssemblyAddedBesideThePluginAfterCleanCheck_CheckedAndScannedAgain()
    {
        Load(ManifestMetaSchemas.Load(TestPaths.Schemas));
        var assembly = GreeterAssemblyPath();
        File.WriteAllBytes(Path.Combine(Path.GetDirectoryName(assembly)!, "Extra.Dependency.dll"), [1, 2, 3]);
        var loadedBefore = LoadCount(assembly);
        var meta = ManifestMetaSchemas.Load(TestPaths.Schemas);

        var catalog = Load(meta);

        Assert.That(meta.IsLoaded, Is.True, "the fingerprint covers every assembly beside the plugin");
        Assert.That(LoadCount(assembly), Is.EqualTo(loadedBefore + 1), "scanned again");
        Assert.That(catalog.FindAction("greeter.hello"), Is.Not.Null);
    }

    [Test]
    public void Load_WithoutCache_AlwaysChecksInFull()
    {
        Load(ManifestMetaSchemas.Load(TestPaths.Schemas));
        var meta = ManifestMetaSchemas.Load(TestPaths.Schemas);

        PluginCatalogLoader.Load(_plugins.Root, meta, NullLogger.Instance);

        Assert.That(meta.IsLoaded, Is.True);
    }

    [Test]
    public void Load_TypeTypoInOneInputProperty_OneProblemAtThatProperty()
    {
        var plugins = new TempPlugins();
        try
        {
            plugins.Add(Path.Combine(TestPaths.RealPlugins, "incidentio"), "incidentio");
            Edit(plugins, "create-incident.json", m => m["input"]!["properties"]!["name"]!["type"] = "strin");

            var problems = PluginCatalogLoader.Load(plugins.Root, ManifestMetaSchemas.Load(TestPaths.Schemas), NullLogger.Instance).Problems;

            Assert.That(problems, Has.Count.EqualTo(1), string.Join("\n", problems.Select(p => p.Message)));
            Assert.That(problems[0].Message, Does.Contain("/input/properties/name/type").And.Contain("\"string\""));
        }
        finally
        {
            plugins.Dispose();
        }
    }

    [Test]
    public void Load_BrokenReadActionOthersReferTo_OnlyItsOwnProblemNoKnockOns()
    {
        var plugins = new TempPlugins();
        try
        {
            plugins.Add(Path.Combine(TestPaths.RealPlugins, "incidentio"), "incidentio");
            Edit(plugins, "list-severities.json", m => m["annotations"]!["readOnly"] = "yes");

            var problems = PluginCatalogLoader.Load(plugins.Root, ManifestMetaSchemas.Load(TestPaths.Schemas), NullLogger.Instance).Problems;

            Assert.That(problems.Select(p => p.Message).ToList(), Has.Count.EqualTo(1).And.None.Contains("is not an action of this plugin"));
            Assert.That(problems[0].File, Does.EndWith("list-severities.json"));
        }
        finally
        {
            plugins.Dispose();
        }
    }

    private static void Edit(TempPlugins plugins, string manifest, Action<JsonNode> change)
    {
        var path = Path.Combine(plugins.Root, "incidentio", "actions", manifest);
        var node = JsonNode.Parse(File.ReadAllText(path))!;
        change(node);
        File.WriteAllText(path, node.ToJsonString());
    }

    private static int LoadCount(string assemblyPath) =>
        System.Runtime.Loader.AssemblyLoadContext.All.SelectMany(c => c.Assemblies).Count(a => !a.IsDynamic && a.Location == assemblyPath);

    private string GreeterAssemblyPath()
    {
        var folder = Path.Combine(_plugins.Root, "greeter");
        var plugin = Workflow.Hosting.Manifests.ManifestReader.Read<Workflow.Hosting.Manifests.PluginManifest>(Path.Combine(folder, "plugin.json"), null, out _)!;
        return Path.GetFullPath(Path.Combine(folder, plugin.Assembly));
    }

    private PluginCatalog Load(ManifestMetaSchemas meta) => PluginCatalogLoader.Load(_plugins.Root, meta, NullLogger.Instance, _cache);

    private static string Describe(PluginCatalog catalog) => string.Join("\n", catalog.Actions.OrderBy(a => a.Id, StringComparer.Ordinal)
        .Select(a => $"{a.Id} {a.Manifest.Version} {a.Manifest.Title} {a.Manifest.Input.ToJsonString()} {a.Manifest.Output.ToJsonString()} {a.Manifest.Examples.Count}"));

    private void BreakHelloExample()
    {
        var path = Path.Combine(_plugins.Root, "greeter", "actions", "hello.json");
        var hello = JsonNode.Parse(File.ReadAllText(path))!;
        hello["examples"]![0]!["output"] = new JsonObject { ["greeting"] = 42 };
        File.WriteAllText(path, hello.ToJsonString());
    }
}
