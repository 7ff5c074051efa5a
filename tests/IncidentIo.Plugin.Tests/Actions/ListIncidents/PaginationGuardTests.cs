using IncidentIo.Plugin.Actions.ListIncidents;

namespace IncidentIo.Plugin.Tests.Actions.ListIncidents;

[TestFixture]
public sealed class PaginationGuardTests
{
    [Test]
    public void StopReason_NewCursorWithNewIncidents_IsNull() =>
        Assert.That(new PaginationGuard(null, 100, 10).StopReason("c1", 10, 10, 1), Is.Null);

    [Test]
    public void StopReason_TheCursorTheWalkStartedFrom_StopsNamingIt() =>
        Assert.That(
            new PaginationGuard("c0", 100, 10).StopReason("c0", 10, 10, 1),
            Is.EqualTo("incident.io returned the cursor 'c0' a second time; the walk stopped there rather than read the same incidents again"));

    [Test]
    public void StopReason_ACursorGivenEarlierInTheWalk_StopsNamingIt()
    {
        var guard = new PaginationGuard(null, 100, 10);
        guard.StopReason("c1", 10, 10, 1);
        guard.StopReason("c2", 10, 10, 2);

        Assert.That(guard.StopReason("c1", 10, 10, 3), Is.EqualTo("incident.io returned the cursor 'c1' a second time; the walk stopped there rather than read the same incidents again"));
    }

    [Test]
    public void StopReason_CursorsDifferingOnlyInCase_AreDifferent()
    {
        var guard = new PaginationGuard("c1", 100, 10);

        Assert.That(guard.StopReason("C1", 10, 10, 1), Is.Null);
    }

    [Test]
    public void StopReason_PageOfOnlyIncidentsAlreadyRead_StopsNamingThePage() =>
        Assert.That(
            new PaginationGuard(null, 100, 10).StopReason("c3", 10, 0, 3),
            Is.EqualTo("page 3 held only incidents already read; the walk stopped there rather than repeat them"));

    [TestCase(0, 0, TestName = "StopReason_EmptyPage_IsNotARepeat")]
    [TestCase(10, 1, TestName = "StopReason_PageWithOneNewIncident_IsNotARepeat")]
    public void StopReason_NotARepeat_IsNull(int received, int added) =>
        Assert.That(new PaginationGuard(null, 100, 10).StopReason("c1", received, added, 1), Is.Null);

    // Twice the pages max_results needs at page_size (rounded up), plus one: 10 at 5 needs 2 pages, so 5 requests;
    // 11 at 5 needs 3, so 7.
    [TestCase(10, 5, 4, false)]
    [TestCase(10, 5, 5, true)]
    [TestCase(11, 5, 6, false)]
    [TestCase(11, 5, 7, true)]
    [TestCase(1, 250, 2, false)]
    [TestCase(1, 250, 3, true)]
    public void StopReason_RequestCount_StopsAtTwicePagesNeededPlusOne(int maxResults, int pageSize, int requests, bool stops)
    {
        var reason = new PaginationGuard(null, maxResults, pageSize).StopReason("c", 1, 1, requests);

        Assert.That(reason, stops
            ? Is.EqualTo($"the walk stopped after {requests} requests, the most one walk of max_results {maxResults} at page_size {pageSize} may send")
            : Is.Null);
    }
}
