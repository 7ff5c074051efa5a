using System.Text.Json;
using System.Text.Json.Serialization;

namespace IncidentIo.Plugin.Json;

/// <summary>
/// A JSON object incident.io sent that the plugin passes on as it came (actors, references, configuration). Anything but an
/// object fails at its path, so <see cref="LenientReader"/> leaves it out with a warning instead of passing a string on where
/// the manifest promises an object.
/// </summary>
[JsonConverter(typeof(ObjectValueConverter))]
internal readonly record struct ObjectValue(JsonElement Element)
{
    private sealed class ObjectValueConverter : JsonConverter<ObjectValue>
    {
        public override ObjectValue Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.StartObject ? new ObjectValue(JsonElement.ParseValue(ref reader)) : throw new JsonException("not an object");

        public override void Write(Utf8JsonWriter writer, ObjectValue value, JsonSerializerOptions options) => value.Element.WriteTo(writer);
    }
}
