using IncidentIo.Plugin.Client.Resilience;

namespace IncidentIo.Plugin.Tests.Client.Resilience;

[TestFixture]
public sealed class RetryAfterTests
{
    private static readonly DateTimeOffset Now = new(2025, 4, 17, 11, 17, 0, TimeSpan.Zero);

    [TestCase("0", 0)]
    [TestCase("5", 5)]
    [TestCase(" 120 ", 120)]
    public void Parse_DeltaSeconds_IsThatManySeconds(string value, int seconds) =>
        Assert.That(RetryAfter.Parse(value, Now), Is.EqualTo(TimeSpan.FromSeconds(seconds)));

    [Test]
    public void Parse_MoreSecondsThanAnInt_IsCappedAtIntMaxSeconds() =>
        Assert.That(RetryAfter.Parse("99999999999", Now), Is.EqualTo(TimeSpan.FromSeconds(int.MaxValue)));

    [Test]
    public void Parse_HttpDate_IsTheTimeUntilThen() =>
        Assert.That(RetryAfter.Parse("Thu, 17 Apr 2025 11:17:18 GMT", Now), Is.EqualTo(TimeSpan.FromSeconds(18)));

    [Test]
    public void Parse_HttpDateInThePast_IsZero() =>
        Assert.That(RetryAfter.Parse("Thu, 17 Apr 2025 11:00:00 GMT", Now), Is.EqualTo(TimeSpan.Zero));

    [TestCase(null)]
    [TestCase("")]
    [TestCase("soon")]
    [TestCase("-5")]
    [TestCase("+5")]
    [TestCase("   ")]
    public void Parse_NothingReadable_IsNull(string? value) =>
        Assert.That(RetryAfter.Parse(value, Now), Is.Null);
}
