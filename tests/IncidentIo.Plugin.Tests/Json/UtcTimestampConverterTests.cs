using System.Text.Json;
using IncidentIo.Plugin.Json;

namespace IncidentIo.Plugin.Tests.Json;

[TestFixture]
public sealed class UtcTimestampConverterTests
{
    [TestCase("2021-08-17T13:28:57.801578Z", "2021-08-17T13:28:57.801578Z")]
    [TestCase("2021-08-17T13:28:57Z", "2021-08-17T13:28:57Z")]
    [TestCase("2021-08-17T15:28:57.5+02:00", "2021-08-17T13:28:57.5Z")]
    [TestCase("2021-08-17T13:28:57.123456789Z", "2021-08-17T13:28:57.1234567Z")]
    public void RoundTrip_Timestamp_IsWrittenAsUtcWithZ(string wire, string expected)
    {
        var value = JsonSerializer.Deserialize<DateTimeOffset>($"\"{wire}\"", IncidentIoJson.Options);

        Assert.That(JsonSerializer.Serialize(value, IncidentIoJson.Options), Is.EqualTo($"\"{expected}\""));
    }

    // Not ISO 8601 as System.Text.Json reads it, but a date all the same: read as UTC.
    [TestCase("2021-08-17 13:28:57Z")]
    [TestCase("Tue, 17 Aug 2021 13:28:57 GMT")]
    [TestCase("2021-08-17 13:28:57")]
    public void Read_OtherDateForms_ReadAsTheSameInstant(string wire)
    {
        var value = JsonSerializer.Deserialize<DateTimeOffset>($"\"{wire}\"", IncidentIoJson.Options);

        Assert.That(value, Is.EqualTo(new DateTimeOffset(2021, 8, 17, 13, 28, 57, TimeSpan.Zero)));
    }

    [Test]
    public void Read_NotADate_ThrowsJsonExceptionQuotingIt() =>
        Assert.That(
            Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<DateTimeOffset>("\"yesterday\"", IncidentIoJson.Options))!.Message,
            Is.EqualTo("'yesterday' is not a date-time."));

    [Test]
    public void Read_NotADate_ThrowsJsonException() =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<DateTimeOffset>("\"yesterday\"", IncidentIoJson.Options));
}
