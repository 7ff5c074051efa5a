using System.IO.Compression;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using IncidentIo.Simulator;
using IncidentPlugin.Packaging.Tests.Support;

namespace IncidentPlugin.Packaging.Tests.Hosting;

/// <summary>
/// `dotnet pack host-sandbox/Workflow.Hosting`: the hosting library as a package. A consumer written here, outside the
/// repository, references only the package from the run's feed, loads the published plugin folder and runs a
/// rendered, validated create_incident against the simulator.
/// </summary>
[Category("Packaging")]
public class HostingPackageTests
{
    private const string Key = "sim_hosting_package_key";

    private static readonly string[] Files =
    [
        "lib/net10.0/Workflow.Hosting.dll", "lib/net10.0/Workflow.Hosting.xml", "README.md",
        "contentFiles/any/any/schemas/action-manifest.schema.json", "contentFiles/any/any/schemas/plugin-manifest.schema.json",
    ];

    private const string Program = """"
        using System.Text.Json;
        using System.Text.Json.Nodes;
        using Workflow.Abstractions;
        using Workflow.Hosting;

        var host = PluginHost.Load(args[0]);
        foreach (var problem in host.Problems) Console.Error.WriteLine($"problem: {problem}");
        Console.Error.WriteLine($"actions: {string.Join(",", host.Actions.Select(a => a.Id))}");
        var connection = host.Connect("incidentio", new Dictionary<string, string> { ["base_url"] = args[1] }, Environment.GetEnvironmentVariable);
        foreach (var problem in host.ValidateInput("incidentio.create_incident", JsonNode.Parse("""{"visibility":"secret","mode":"test"}""")))
            Console.Error.WriteLine($"invalid: {problem.Field} {problem.Message}");
        // incident.io wants a severity: the lowest one, listed through the same host.
        var severities = await host.RunAsync("incidentio.list_severities", new JsonObject(), connection, new RunInfo(args[2], "severities", 1));
        var trigger = new JsonObject
        {
            ["title"] = "Disk full", ["host"] = "db-1",
            ["severity"] = severities.Output!.Value.GetProperty("severities")[0].GetProperty("id").GetString(),
        };
        var input = host.RenderInput("incidentio.create_incident",
            JsonNode.Parse("""{"name":"{{ trigger.title }} on {{ trigger.host }}","severity_id":"{{ trigger.severity }}","idempotency_key":"{{ run.id }}"}"""),
            trigger, args[2]);
        var outcome = await host.RunAsync("incidentio.create_incident", input, connection, new RunInfo(args[2], "create", 1));
        Console.WriteLine(JsonSerializer.Serialize(new { status = outcome.Status.ToString(), output = outcome.Output, error = outcome.Error?.Message }));
        return outcome.ExitCode;
        """";

    private Artifacts _artifacts = null!;

    [OneTimeSetUp]
    public async Task Build() => _artifacts = await Artifacts.GetAsync();

    [Test]
    public void Pack_Package_AssemblyDocsReadmeSchemasAndTheContractDependency()
    {
        using var package = ZipFile.OpenRead(Path.Combine(_artifacts.Feed, $"Workflow.Hosting.{_artifacts.HostingVersion}.nupkg"));
        var entries = package.Entries.Select(e => e.FullName).ToList();
        var nuspec = XDocument.Load(package.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open());
        var ns = nuspec.Root!.GetDefaultNamespace();
        var metadata = nuspec.Root.Element(ns + "metadata")!;
        var contract = metadata.Descendants(ns + "dependency").SingleOrDefault(d => d.Attribute("id")!.Value == "Workflow.Abstractions");

        Assert.Multiple(() =>
        {
            Assert.That(entries, Is.SupersetOf(Files));
            Assert.That(metadata.Element(ns + "version")!.Value, Is.EqualTo(_artifacts.HostingVersion));
            Assert.That(contract?.Attribute("version")?.Value, Does.Contain(_artifacts.Version), "depends on this run's contract package");
        });
    }

    [Test]
    public async Task Consumer_PackageOnly_LoadsThePluginValidatesRendersAndRunsAgainstTheSimulator()
    {
        var consumer = Path.Combine(_artifacts.Root, "hosting-consumer");
        Directory.CreateDirectory(consumer);
        await File.WriteAllTextAsync(Path.Combine(consumer, "HostingConsumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Workflow.Hosting" Version="{_artifacts.HostingVersion}" />
              </ItemGroup>
            </Project>
            """);
        await File.WriteAllTextAsync(Path.Combine(consumer, "Program.cs"), Program);
        var output = Path.Combine(consumer, "out");
        await _artifacts.DotnetAsync("build", consumer, "-c", "Release", "-o", output);
        await using var simulator = await IncidentIoSimulator.StartAsync(new SimulatorOptions { ApiKey = Key });
        var runId = "run-" + Guid.NewGuid().ToString("N");

        var run = await DotnetProcess.RunAsync(
            DotnetProcess.Dotnet,
            [Path.Combine(output, "HostingConsumer.dll"), _artifacts.Plugins, simulator.BaseUrl, runId],
            new Dictionary<string, string?> { ["INCIDENTIO_API_KEY"] = Key },
            TimeSpan.FromMinutes(2));

        Assert.That(run.ExitCode, Is.Zero, run.ToString);
        var result = JsonNode.Parse(run.StandardOutput)!;
        Assert.Multiple(() =>
        {
            Assert.That((string?)result["status"], Is.EqualTo("Succeeded"));
            Assert.That((string?)result["output"]!["incident"]!["name"], Is.EqualTo("Disk full on db-1"));
            Assert.That(simulator.State.Incidents().Count(i => (string?)i["name"] == "Disk full on db-1"), Is.EqualTo(1));
            Assert.That(run.StandardError, Does.Not.Contain("problem:"));
            Assert.That(run.StandardError, Does.Contain("incidentio.create_incident").And.Contain("incidentio.get_incident"));
            Assert.That(run.StandardError, Does.Contain("invalid: /visibility").And.Not.Contain("invalid: /mode"), "one problem per defect, at its pointer");
            Assert.That(run.StandardOutput + run.StandardError, Does.Not.Contain(Key));
        });
    }
}
