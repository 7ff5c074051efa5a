using IncidentIo.Simulator.Faults;

namespace IncidentIo.Simulator.Tests.Faults;

[TestFixture]
public sealed class FaultSpecTests
{
    [Test]
    public void Parse_FullSpec_ReadsEveryKey()
    {
        var spec = FaultSpec.Parse("latency=50ms,rate429=0.1,rate5xx=0.05,commit_then_fail=0.02,drop=0.01,seed=42");

        Assert.That(spec, Is.EqualTo(new FaultSpec
        {
            Latency = TimeSpan.FromMilliseconds(50), Rate429 = 0.1, Rate5xx = 0.05, CommitThenFail = 0.02, Drop = 0.01, Seed = 42,
        }));
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("none")]
    public void Parse_Empty_IsNone(string? text)
    {
        Assert.That(FaultSpec.Parse(text).IsNone, Is.True);
    }

    [Test]
    public void Parse_Stall_ReadsRateAndDuration()
    {
        var spec = FaultSpec.Parse("stall=0.1,stall_for=750ms");

        Assert.That((spec.Stall, spec.StallFor, spec.IsNone), Is.EqualTo((0.1, TimeSpan.FromMilliseconds(750), false)));
    }

    [Test]
    public void ToString_WithStall_RoundTripsThroughParse()
    {
        var spec = FaultSpec.Parse("stall=0.2,stall_for=1s,seed=3");

        Assert.That(FaultSpec.Parse(spec.ToString()), Is.EqualTo(spec));
    }

    [Test]
    public void Parse_SecondsLatency_IsConverted()
    {
        Assert.That(FaultSpec.Parse("latency=1.5s").Latency, Is.EqualTo(TimeSpan.FromMilliseconds(1500)));
    }

    [Test]
    public void Parse_SeveralMistakes_ReportsAllAtOnce()
    {
        var error = Assert.Throws<FormatException>(() => FaultSpec.Parse("latency=fast,rate429=2,bogus=1,seed=x"));

        Assert.That(error!.Message, Does.Contain("latency").And.Contain("rate429").And.Contain("bogus").And.Contain("seed"));
    }

    [Test]
    public void Parse_RatesAboveOne_IsRejected()
    {
        Assert.Throws<FormatException>(() => FaultSpec.Parse("rate429=0.6,rate5xx=0.6"));
    }

    [Test]
    public void ToString_RoundTripsThroughParse()
    {
        var spec = FaultSpec.Parse("latency=20ms,rate5xx=0.25,seed=7");

        Assert.That(FaultSpec.Parse(spec.ToString()), Is.EqualTo(spec));
    }
}
