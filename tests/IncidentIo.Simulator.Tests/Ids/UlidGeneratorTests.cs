using System.Text.RegularExpressions;
using IncidentIo.Simulator.Ids;

namespace IncidentIo.Simulator.Tests.Ids;

[TestFixture]
public sealed class UlidGeneratorTests
{
    [Test]
    public void Next_Always_Is26CrockfordBase32Characters()
    {
        var id = new UlidGenerator(TimeProvider.System).Next();

        Assert.That(id, Does.Match(new Regex("^[0-9A-HJKMNP-TV-Z]{26}$")));
    }

    [Test]
    public void Next_SameMillisecond_SortsInCreationOrder()
    {
        var generator = new UlidGenerator(new FixedClock(DateTimeOffset.Parse("2024-05-01T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture)));

        var ids = Enumerable.Range(0, 100).Select(_ => generator.Next()).ToList();

        Assert.That(ids, Is.Ordered.Using((IComparer<string>)StringComparer.Ordinal).And.Unique);
    }

    [Test]
    public void Next_LaterTime_SortsAfter()
    {
        var clock = new FixedClock(DateTimeOffset.Parse("2024-05-01T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        var generator = new UlidGenerator(clock);
        var earlier = generator.Next();

        clock.Now = clock.Now.AddMilliseconds(1);

        Assert.That(string.CompareOrdinal(generator.Next(), earlier), Is.Positive);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
