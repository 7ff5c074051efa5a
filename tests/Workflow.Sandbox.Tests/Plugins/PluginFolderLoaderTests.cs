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
    public void Load_WithoutCache_AlwaysChecksInFull()
    {
        Load(ManifestMetaSchemas.Load(TestPaths.Schemas));
        var meta = ManifestMetaSchemas.Load(TestPaths.Schemas);

        PluginCatalogLoader.Load(_plugins.Root, meta, NullLogger.Instance);

        Assert.That(meta.IsLoaded, Is.True);
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
