using System.Text.Json;
using System.Text.Json.Serialization;

namespace IncidentIo.Plugin.Json;

/// <summary>
/// A JSON object of string values (e.g. a schedule's <c>annotations</c>). A value that is not a string, <c>null</c>
/// included, fails the map; the failure is reported at the map's own path (a converter cannot point deeper), so
/// <see cref="LenientReader"/> leaves out the whole map with one warning: the default converter would pass a <c>null</c>
/// on where the manifest promises a string.
/// </summary>
internal sealed class StringMapConverter : JsonConverter<IReadOnlyDictionary<string, string>>
{
    public override IReadOnlyDictionary<string, string> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("not an object");
        }

        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            reader.Read();
            map[name] = reader.TokenType == JsonTokenType.String ? reader.GetString()! : throw new JsonException("not a string");
        }

        return map;
    }

    public override void Write(Utf8JsonWriter writer, IReadOnlyDictionary<string, string> value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        foreach (var (name, text) in value)
        {
            writer.WriteString(name, text);
        }

        writer.WriteEndObject();
    }
}
