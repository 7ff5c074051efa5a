using System.Reflection;
using Workflow.Hosting.Sessions;
using Workflow.Sandbox.Commands;

namespace Workflow.Sandbox.Tests.Architecture;

/// <summary>
/// The host's folder rules (host-sandbox/README.md, "Structure"): the engine library knows no console or command line;
/// nothing outside Commands/ uses Commands/ (commands are leaves; Program.cs builds the tree); no two folders use each
/// other.
/// </summary>
public class FolderDependenciesTests
{
    private const string Commands = "Workflow.Sandbox.Commands";
    private static readonly string[] Roots = ["Workflow.Hosting", "Workflow.Sandbox"];
    private static readonly Assembly Engine = typeof(SandboxSession).Assembly;
    private static readonly Assembly Cli = typeof(CommandSettings).Assembly;
    private static readonly Lazy<IReadOnlySet<(string From, string To)>> HostEdges = new(() => NamespaceDependencies.Edges([Engine, Cli], Roots));

    [Test]
    public void Edges_HostAssemblies_SeeTheCommandsUseOfTheEngine() =>
        Assert.That(HostEdges.Value, Does.Contain((Commands, "Workflow.Hosting.Sessions")).And.Contain(("Workflow.Sandbox.Serving", "Workflow.Hosting.DropdownOptions")));

    [Test]
    public void Edges_HostAssemblies_NothingOutsideCommandsUsesCommands() =>
        Assert.That(HostEdges.Value.Where(e => e.To == Commands).Select(e => e.From), Is.Empty);

    [Test]
    public void Edges_HostAssemblies_NoTwoFoldersUseEachOther() =>
        Assert.That(
            HostEdges.Value.Where(e => string.CompareOrdinal(e.From, e.To) < 0 && HostEdges.Value.Contains((e.To, e.From))).Select(e => $"{e.From} <-> {e.To}"),
            Is.Empty);

    [Test]
    public void Edges_HostAssemblies_EngineNeverUsesTheCli() =>
        Assert.That(HostEdges.Value.Where(e => e.From.StartsWith("Workflow.Hosting.", StringComparison.Ordinal) && e.To.StartsWith("Workflow.Sandbox.", StringComparison.Ordinal)), Is.Empty);

    [Test]
    public void Edges_ATwoWayPair_Found()
    {
        // The rule's own check: a cycle planted in this test assembly is seen.
        var edges = NamespaceDependencies.Edges([typeof(FolderDependenciesTests).Assembly], ["Workflow.Sandbox.Tests.Architecture.Fixture"]);

        Assert.That(edges, Does.Contain(("Workflow.Sandbox.Tests.Architecture.Fixture.Left", "Workflow.Sandbox.Tests.Architecture.Fixture.Right"))
            .And.Contain(("Workflow.Sandbox.Tests.Architecture.Fixture.Right", "Workflow.Sandbox.Tests.Architecture.Fixture.Left")));
    }

    [Test]
    public void ReferencedAssemblies_Engine_NoConsoleOrCommandLineLibrary() =>
        Assert.That(Engine.GetReferencedAssemblies().Select(a => a.Name), Has.None.StartsWith("Spectre.").And.None.StartsWith("System.CommandLine"));
}
