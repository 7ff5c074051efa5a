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

    [Test]
    public void Hint_CloseNames_AsksDidYouMeanEachQuoted() =>
        Assert.That(CloseMatches.Hint("Lead", ["Incident Lead", "Lead Engineer", "Scribe"]), Is.EqualTo("; did you mean \"Incident Lead\" or \"Lead Engineer\"?"));

    [Test]
    public void Hint_MoreThanTenKnownAndNothingClose_ListsTenAndCountsTheRest()
    {
        var known = Enumerable.Range(1, 12).Select(i => $"Field number {i:00}").ToList();

        Assert.That(
            CloseMatches.Hint("Zebra", known),
            Is.EqualTo("; known: " + string.Join(", ", known.Take(10).Select(k => $"\"{k}\"")) + " and 2 more"));
    }

    [Test]
    public void Hint_ExactlyTenKnown_ListsAllWithoutACount()
    {
        var known = Enumerable.Range(1, 10).Select(i => $"Field number {i:00}").ToList();

        Assert.That(CloseMatches.Hint("Zebra", known), Is.EqualTo("; known: " + string.Join(", ", known.Select(k => $"\"{k}\""))));
    }

    [Test]
    public void For_ManyClose_TheThreeClosestByEditsThenByName()
    {
        // "ABCDEFGHI" (9 letters) accepts up to 3 edits; each candidate is a known number of edits away.
        string[] known = ["ABCDEFXXX", "ACDEGHI", "ABCDEFGHX", "ABCXDEFGXHXI", "ABCDXXXXI", "ABCDEFGHY"];

        Assert.That(CloseMatches.For("abcdefghi", known), Is.EqualTo(new[] { "ABCDEFGHX", "ABCDEFGHY", "ACDEGHI" }));
    }

    [Test]
    public void For_Limit_AllWithinTheDistanceInOrder() =>
        Assert.That(
            CloseMatches.For("abcdefghi", ["ABCDEFXXX", "ACDEGHI", "ABCDEFGHX", "ABCXDEFGXHXI", "ABCDXXXXI", "ACEGI"], limit: 10),
            Is.EqualTo(new[] { "ABCDEFGHX", "ACDEGHI", "ABCDEFXXX", "ABCXDEFGXHXI" }));

    [Test]
    public void For_ShortName_AcceptsTwoEditsAtLeast() =>
        Assert.That(CloseMatches.For("abc", ["AXX", "XXX", "ABC D"]), Is.EqualTo(new[] { "ABC D", "AXX" }));

    [Test]
    public void For_BlankName_IsWithinEditsOnlyNeverContained() =>
        Assert.That(CloseMatches.For("  ", ["ab", "abc", "a"]), Is.EqualTo(new[] { "a", "ab" }));

    [Test]
    public void For_PaddedSameNameAnyCase_IsFirstAndDuplicatesCountOnce() =>
        Assert.That(CloseMatches.For("  scribe ", ["Scribes", "Scribe", "Scribe"]), Is.EqualTo(new[] { "Scribe", "Scribes" }));

    [Test]
    public void For_SameNameAnyCaseAndAContainedOne_TheSameNameFirst() =>
        Assert.That(CloseMatches.For("team b", ["Team", "Team B"]), Is.EqualTo(new[] { "Team B", "Team" }));

    [Test]
    public void For_EmptyKnownName_IsNotContainedInTheGivenOne() =>
        Assert.That(CloseMatches.For("abc", ["", "ABD"]), Is.EqualTo(new[] { "ABD" }));
}
