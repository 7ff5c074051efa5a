using System.Text.Json.Nodes;
using IncidentPlugin.TestSupport;
using Workflow.Hosting.Validation;
using Workflow.Sandbox.Tests.Support;

namespace Workflow.Sandbox.Tests.Validation;

public class ManifestMetaSchemasTests
{
    private static readonly ManifestMetaSchemas Meta = ManifestMetaSchemas.Load(TestPaths.Schemas);

    private static IEnumerable<string> RepoActionManifests() =>
        Directory.GetFiles(Path.Combine(RepoPaths.Manifests), "*.json", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(Path.GetDirectoryName(f)) == "actions")
            .Select(f => Path.GetRelativePath(RepoPaths.Root, f));

    [TestCaseSource(nameof(RepoActionManifests))]
    public void Action_RepoManifest_IsValid(string relativePath)
    {
        var document = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, relativePath)));

        Assert.That(Meta.Action.Validate(document).Select(e => $"{e.Field}: {e.Message}"), Is.Empty);
    }

    [Test]
    public void Plugin_RepoIncidentIoManifest_IsValid()
    {
        var document = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Manifests, "incidentio", "plugin.json")));

        Assert.That(Meta.Plugin.Validate(document).Select(e => $"{e.Field}: {e.Message}"), Is.Empty);
    }

    [Test]
    public void Action_UnknownWidget_ReportedAtItsPointer()
    {
        var document = JsonNode.Parse(File.ReadAllText(Path.Combine(TestPaths.SamplePlugin, "actions", "echo.json")))!;
        document["input"]!["properties"]!["message"]!["x-ui"]!["widget"] = "slider";

        var errors = Meta.Action.Validate(document);

        Assert.That(errors.Select(e => e.Field), Does.Contain("/input/properties/message/x-ui/widget"));
    }

    [TestCase(ManifestMetaSchemas.PluginFileName)]
    [TestCase(ManifestMetaSchemas.ActionFileName)]
    [TestCase(ManifestMetaSchemas.TriggerFileName)]
    public void Fingerprint_OneMetaSchemaChanges_Changes(string changed)
    {
        var directory = Directory.CreateTempSubdirectory("meta-schemas-");
        try
        {
            foreach (var name in new[] { ManifestMetaSchemas.PluginFileName, ManifestMetaSchemas.ActionFileName, ManifestMetaSchemas.TriggerFileName })
            {
                File.Copy(Path.Combine(TestPaths.Schemas, name), Path.Combine(directory.FullName, name));
            }

            var before = ManifestMetaSchemas.Load(directory.FullName).Fingerprint;
            File.AppendAllText(Path.Combine(directory.FullName, changed), " ");

            Assert.That(ManifestMetaSchemas.Load(directory.FullName).Fingerprint, Is.Not.EqualTo(before));
            Assert.That(before, Is.EqualTo(Meta.Fingerprint), "the same bytes give the same fingerprint");
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
