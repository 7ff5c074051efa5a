using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace IncidentIo.Plugin.Json;

/// <summary>
/// Reads any ISO 8601 timestamp (also with more than 7 fraction digits) and writes it the way
/// incident.io does: UTC with a <c>Z</c>, e.g. <c>2021-08-17T13:28:57.801578Z</c>.
/// </summary>
internal sealed class UtcTimestampConverter : JsonConverter<DateTimeOffset>
{
    private const string WireFormat = "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'";

    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TryGetDateTimeOffset(out var value))
        {
            return value;
        }

        var text = reader.GetString();
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value)
            ? value
            : throw new JsonException($"'{text}' is not a date-time.");
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.UtcDateTime.ToString(WireFormat, CultureInfo.InvariantCulture));
}
