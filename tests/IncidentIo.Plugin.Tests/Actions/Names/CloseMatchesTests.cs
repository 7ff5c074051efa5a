using IncidentIo.Plugin.Actions.Names;

namespace IncidentIo.Plugin.Tests.Actions.Names;

[TestFixture]
public sealed class CloseMatchesTests
{
    private static readonly string[] Known = ["Incident Lead", "Communications", "Scribe", "Affected Team"];

    [TestCase("incident lead", "Incident Lead")]
    [TestCase("Lead", "Incident Lead")]
    [TestCase("Scrbe", "Scribe")]
    [TestCase("Afected Team", "Affected Team")]
    public void For_NearName_SuggestsItFirst(string given, string expected) =>
        Assert.That(CloseMatches.For(given, Known)[0], Is.EqualTo(expected));

    [Test]
    public void Hint_NothingClose_ListsWhatExists() =>
        Assert.That(CloseMatches.Hint("Zebra", Known), Is.EqualTo("; known: \"Incident Lead\", \"Communications\", \"Scribe\", \"Affected Team\""));

    [Test]
    public void Hint_NothingKnown_SaysThereAreNone() =>
        Assert.That(CloseMatches.Hint("Zebra", []), Is.EqualTo("; there are none"));
}
