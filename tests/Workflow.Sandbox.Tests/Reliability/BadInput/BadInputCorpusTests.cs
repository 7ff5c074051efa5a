using Workflow.Sandbox.Tests.Support;

namespace Workflow.Sandbox.Tests.Reliability.BadInput;

/// <summary>R2: the generated bad-input corpus through the host with the real incident.io plugin.</summary>
public class BadInputCorpusTests
{
    [Test]
    public async Task Corpus_EveryActionAndCategory_NoUnhandledExceptionAndEveryRejectionNamesItsField()
    {
        var report = await BadInputDrill.RunAsync(TestPaths.RealPlugins, TestPaths.Schemas, 10_000, BadInputDrill.DefaultSeed, CancellationToken.None);
        TestContext.Out.WriteLine(report);

        Assert.That(report.Cases, Is.EqualTo(10_000));
        Assert.That(report.Unhandled, Is.Zero, report.ToString());
        Assert.That(report.Violations, Is.Empty, report.ToString());
    }
}
