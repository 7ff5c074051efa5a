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
    public string? ToId(string? value) => AlertSourceConfigReference.ToId(value);
}
