using System.IO.Compression;
using System.Xml.Linq;
using IncidentPlugin.Packaging.Tests.Support;

namespace IncidentPlugin.Packaging.Tests.Contract;

/// <summary>`dotnet pack plugin/Workflow.Abstractions`: the package a host or plugin author references.</summary>
[Category("Packaging")]
public class ContractPackageTests
{
    private static readonly string[] Files = ["lib/net10.0/Workflow.Abstractions.dll", "lib/net10.0/Workflow.Abstractions.xml", "README.md"];
    private static readonly string[] Dependencies = ["Microsoft.Extensions.Logging.Abstractions", "System.Threading.RateLimiting"];

    private Artifacts _artifacts = null!;

    [OneTimeSetUp]
    public async Task Build() => _artifacts = await Artifacts.GetAsync();

    [Test]
    public void Pack_Package_AssemblyDocsReadmeAndTheRunsVersion()
    {
        using var package = ZipFile.OpenRead(Path.Combine(_artifacts.Feed, $"Workflow.Abstractions.{_artifacts.Version}.nupkg"));
        var entries = package.Entries.Select(e => e.FullName).ToList();
        var nuspec = XDocument.Load(package.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open());
        var ns = nuspec.Root!.GetDefaultNamespace();
        var metadata = nuspec.Root.Element(ns + "metadata")!;
        var dependencies = metadata.Descendants(ns + "dependency").Select(d => d.Attribute("id")!.Value);

        Assert.Multiple(() =>
        {
            Assert.That(entries, Is.SupersetOf(Files));
            Assert.That(metadata.Element(ns + "version")!.Value, Is.EqualTo(_artifacts.Version));
            Assert.That(metadata.Element(ns + "description")!.Value, Does.Contain("IWorkflowAction"));
            Assert.That(dependencies, Is.EquivalentTo(Dependencies));
            Assert.That(File.Exists(Path.Combine(_artifacts.Feed, $"Workflow.Abstractions.{_artifacts.Version}.snupkg")), Is.True, "symbols package");
        });
    }
}
