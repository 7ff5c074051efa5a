using IncidentIo.Plugin.Tests.Reliability.Drill;

namespace IncidentIo.Plugin.Tests.Reliability;

// R1 in the suite: 50 logical creates under 429s, 5xx, drops, commit-then-fail and timeouts (the drill command runs 1,000).
[TestFixture]
public sealed class FaultDrillTests
{
    [Test]
    public async Task CreateDrill_FiftyCreatesUnderFaults_ExactlyOneIncidentEach()
    {
        using var budget = new CancellationTokenSource(TimeSpan.FromMinutes(2));

        // Harsher than the drill command's mix, and one client retry only, so some steps fail and the workflow re-runs them.
        var options = new CreateDrillOptions
        {
            Creates = 50,
            ClientRetries = 1,
            Faults = "rate429=0.12,rate5xx=0.12,drop=0.08,commit_then_fail=0.1,stall=0.04,stall_for=1500ms",
        };

        var report = await CreateDrill.RunAsync(options, budget.Token);

        TestContext.Out.WriteLine(report);
        Assert.Multiple(() =>
        {
            Assert.That(report.Stored, Is.EqualTo(50), "incidents stored");
            Assert.That(report.Duplicates, Is.Zero, "duplicates");
            Assert.That(report.Lost, Is.Zero, "lost");
            Assert.That(report.Mismatched, Is.Zero, "steps reporting another incident than the one stored for their key");
            Assert.That(report.RequestsByStatus.Keys, Does.Contain("429"), "the faults really happened");
            Assert.That(report.RequestsByStatus.Keys.Count(k => k.StartsWith('5')), Is.Positive, "5xx happened");
            Assert.That(report.StepRuns, Is.GreaterThan(50), "some steps failed and were run again by the workflow");
        });
    }

    [Test]
    public async Task CreateDrill_WorkflowSendsANewKeyPerStepRun_CountsTheDuplicates()
    {
        using var budget = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var options = new CreateDrillOptions { Creates = 30, ClientRetries = 0, KeyPerStepRun = true, Faults = "commit_then_fail=0.5" };

        var report = await CreateDrill.RunAsync(options, budget.Token);

        Assert.That(report.Duplicates, Is.Positive, "the drill must see what a wrong key does");
    }
}
