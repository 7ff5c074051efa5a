using Workflow.Hosting.Manifests;
using Workflow.Hosting.Plugins;

namespace Workflow.Sandbox.Tests.Plugins;

/// <summary>The contract and runtime check a host makes from plugin.json before it loads any plugin type.</summary>
public class ContractCompatibilityTests
{
    private static readonly Version Net10 = new(10, 0, 1);

    [TestCase("1.1.0")]
    [TestCase("1.0.0")]
    [TestCase("1.1.7")]
    [TestCase(null)]
    public void Problems_SameMajorNoNewerMinorOrUnstamped_None(string? built) =>
        Assert.That(ContractCompatibility.Problems(Plugin(built), "1.1.0", Net10), Is.Empty);

    [Test]
    public void Problems_AnotherMajor_OneProblemNamingBothVersions()
    {
        var problems = ContractCompatibility.Problems(Plugin("2.0.0"), "1.1.0", Net10);

        Assert.That(problems, Has.Count.EqualTo(1));
        Assert.That(problems[0], Does.Contain("built against contract Workflow.Abstractions 2.0.0").And.Contain("this host provides 1.1.0")
            .And.Contain("different major"));
    }

    [Test]
    public void Problems_NewerMinor_OneProblemAskingForANewerHost() =>
        Assert.That(ContractCompatibility.Problems(Plugin("1.3.0"), "1.1.0", Net10),
            Has.One.Contains("newer than this host's 1.1.0").And.One.Contains("contract 1.3 or later"));

    [Test]
    public void Problems_NewerTargetFramework_OneProblemNamingBoth() =>
        Assert.That(ContractCompatibility.Problems(Plugin("1.1.0", "net11.0"), "1.1.0", Net10),
            Has.Count.EqualTo(1).And.One.EqualTo("plugin 'sample' targets net11.0, but this host runs on .NET 10.0.1: run the host on .NET 11.0 or later."));

    [Test]
    public void HostContractVersion_IsTheBuildsSemVer() =>
        Assert.That(ContractCompatibility.HostContractVersion, Does.Match(@"^\d+\.\d+\.\d+$"));

    private static PluginManifest Plugin(string? contract, string? framework = "net10.0") => new()
    {
        Id = "sample",
        Version = "1.0.0",
        DisplayName = "Sample",
        Assembly = "Sample.Plugin.dll",
        Connection = new ConnectionDefinition { Title = "none", Fields = new Dictionary<string, ConnectionField>() },
        ContractVersion = contract,
        TargetFramework = framework,
    };
}
