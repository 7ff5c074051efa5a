using System.IO.Compression;
using System.Text.Json.Nodes;
using IncidentPlugin.Packaging.Tests.Support;
using IncidentPlugin.TestSupport;

namespace IncidentPlugin.Packaging.Tests.Plugin;

/// <summary>
/// The layout of `dotnet publish plugin/IncidentIo.Plugin -c Release -o DIR`, a contract with host authors
/// (docs/hosting.md, "The plugin folder").
/// </summary>
[Category("Packaging")]
public class DropInFolderTests
{
    private static readonly string[] PluginDlls = ["IncidentIo.Plugin.dll", "RestSharp.dll", "Polly.Core.dll", "Polly.RateLimiting.dll"];

    // The folders of a plugin that hold manifests with a relative $schema.
    private static readonly string[] ManifestFolders = ["actions", "triggers"];

    private Artifacts _artifacts = null!;

    [OneTimeSetUp]
    public async Task Build() => _artifacts = await Artifacts.GetAsync();

    [Test]
    public void Publish_Folder_PluginAndDependenciesButNoSharedAssemblies()
    {
        var dlls = Directory.GetFiles(_artifacts.PluginFolder, "*.dll").Select(Path.GetFileName).ToList();

        Assert.That(dlls, Is.SupersetOf(PluginDlls));
        // The host provides these; a private copy would split the contract's types in two.
        Assert.That(dlls, Has.None.EqualTo("Workflow.Abstractions.dll")
            .And.None.EqualTo("Microsoft.Extensions.Logging.Abstractions.dll")
            .And.None.EqualTo("System.Threading.RateLimiting.dll"));
    }

    [Test]
    public void Publish_PluginJson_StampedWithTheContractAndFrameworkItWasBuiltFor()
    {
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(_artifacts.PluginFolder, "plugin.json")))!;

        Assert.That(manifest["contractVersion"]!.GetValue<string>(), Is.EqualTo(_artifacts.Version));
        Assert.That(manifest["targetFramework"]!.GetValue<string>(), Is.EqualTo("net10.0"));
    }

    [Test]
    public void Publish_EveryManifest_SchemaResolvesInsideTheFolder()
    {
        var manifests = ManifestFolders.SelectMany(kind => Directory.GetFiles(Path.Combine(_artifacts.PluginFolder, kind), "*.json"))
            .Prepend(Path.Combine(_artifacts.PluginFolder, "plugin.json")).ToList();

        var source = ManifestFolders.Sum(kind => Directory.GetFiles(Path.Combine(RepoPaths.Root, "manifests", "incidentio", kind), "*.json").Length);
        Assert.That(manifests, Has.Count.EqualTo(source + 1), "every action and trigger manifest of the source, and plugin.json");
        foreach (var manifest in manifests)
        {
            var schema = JsonNode.Parse(File.ReadAllText(manifest))!["$schema"]!.GetValue<string>();
            var resolved = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(manifest)!, schema));
            Assert.That(resolved, Does.StartWith(Path.GetFullPath(_artifacts.PluginFolder)).And.Matches<string>(File.Exists), manifest);
        }
    }

    [Test]
    public void Publish_Zip_HoldsTheFolderBesideIt()
    {
        var zip = Directory.GetFiles(_artifacts.Plugins, "incidentio-*.zip").Single();
        using var archive = ZipFile.OpenRead(zip);
        var entries = archive.Entries.Select(e => e.FullName.Replace('\\', '/')).Where(e => !e.EndsWith('/')).Order(StringComparer.Ordinal);
        var files = Directory.GetFiles(_artifacts.PluginFolder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(_artifacts.PluginFolder, f).Replace('\\', '/')).Order(StringComparer.Ordinal);

        Assert.That(Path.GetFileName(zip), Is.EqualTo("incidentio-0.1.0.zip"));
        Assert.That(entries, Is.EqualTo(files));
    }
}
