using IncidentIo.Plugin.Actions.SendAlertEvent;

namespace IncidentIo.Plugin.Tests.Actions.SendAlertEvent;

[TestFixture]
public sealed class AlertSourceConfigReferenceTests
{
    [TestCase(" 01GW2G3V0S59R238FAHPDS1R66 ", ExpectedResult = "01GW2G3V0S59R238FAHPDS1R66", TestName = "ToId_Id_IsTrimmed")]
    [TestCase("https://api.incident.io/v2/alert_events/http/01GW2G3V0S59R238FAHPDS1R66", ExpectedResult = "01GW2G3V0S59R238FAHPDS1R66", TestName = "ToId_EventsUrl_IsItsLastSegment")]
    [TestCase("https://api.incident.io/v2/alert_events/http/01GW2G3V0S59R238FAHPDS1R66/?token=x", ExpectedResult = "01GW2G3V0S59R238FAHPDS1R66", TestName = "ToId_EventsUrlWithTokenAndSlash_IsItsId")]
    [TestCase("https://api.incident.io/v2/alerts", ExpectedResult = null, TestName = "ToId_OtherUrl_IsNull")]
    [TestCase("  ", ExpectedResult = null, TestName = "ToId_Blank_IsNull")]
    [TestCase(null, ExpectedResult = null, TestName = "ToId_Null_IsNull")]
    [TestCase("http://127.0.0.1:8080/v2/alert_events/http/S1", ExpectedResult = "S1", TestName = "ToId_PlainHttpEventsUrl_IsItsId")]
    [TestCase("https://api.incident.io/v2/alert_events/http/S%201", ExpectedResult = "S 1", TestName = "ToId_EscapedId_IsUnescaped")]
    [TestCase("https://api.incident.io/v2/alert_events/http/S1/extra", ExpectedResult = null, TestName = "ToId_SegmentsAfterTheId_IsNull")]
    [TestCase("https://api.incident.io/v2/alert_events/http/", ExpectedResult = null, TestName = "ToId_UrlWithoutId_IsNull")]
    [TestCase("ftp://files.example/v2/alert_events/http/S1", ExpectedResult = "ftp://files.example/v2/alert_events/http/S1", TestName = "ToId_NotAnHttpUrl_IsTakenAsTheIdAsGiven")]
    public string? ToId(string? value) => AlertSourceConfigReference.ToId(value);

    [Test]
    public void ToId_UrlWhosePathStartsWithTheMarker_IsTheSegmentAfterIt() =>
        Assert.That(AlertSourceConfigReference.ToId("https://example.com/alert_events/http/01GW2G3V0S59R238FAHPDS1R66"), Is.EqualTo("01GW2G3V0S59R238FAHPDS1R66"));
}
