using IncidentIo.Simulator.Faults;

namespace IncidentIo.Simulator.Tests.Faults;

[TestFixture]
public sealed class FaultInjectorTests
{
    [Test]
    public void Next_SameSeed_GivesTheSameSequence()
    {
        var spec = FaultSpec.Parse("rate429=0.2,rate5xx=0.2,drop=0.2,commit_then_fail=0.2,seed=42");
        var first = new FaultInjector(spec);
        var second = new FaultInjector(spec);

        var a = Enumerable.Range(0, 50).Select(i => first.Next(i % 2 == 0)).ToList();
        var b = Enumerable.Range(0, 50).Select(i => second.Next(i % 2 == 0)).ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(a, Is.EqualTo(b));
            Assert.That(a.Select(d => d.Kind).Distinct().Count(), Is.EqualTo(5), "every kind appears in 50 draws");
        }
    }

    [Test]
    public void Next_CommitThenFailOnRead_Passes()
    {
        var injector = new FaultInjector(FaultSpec.Parse("commit_then_fail=1,seed=1"));

        Assert.That(injector.Next(isWrite: false).Kind, Is.EqualTo(FaultKind.None));
    }

    [Test]
    public void Next_ServerErrors_AreGatewayStatuses()
    {
        var injector = new FaultInjector(FaultSpec.Parse("rate5xx=1,seed=3"));

        var statuses = Enumerable.Range(0, 60).Select(_ => injector.Next(false).Status).Distinct().Order().ToList();

        Assert.That(statuses, Is.EqualTo(new List<int> { 502, 503, 504 }));
    }
}
