using System.Text.Json;
using System.Text.Json.Serialization;

namespace IncidentIo.Plugin.Json;

/// <summary>The one set of JSON options for incident.io bodies and for action outputs.</summary>
/// <remarks>
/// snake_case like the API, unknown properties ignored (incident.io adds fields at any time),
/// nulls left out so optional fields are absent rather than <c>null</c>, as the API does.
/// Enums stay strings in the models, so new enum values never break parsing.
/// </remarks>
internal static class IncidentIoJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
        };
        options.Converters.Add(new UtcTimestampConverter());
        // Stryker disable once Statement : equivalent; the serializer makes options read-only, with this resolver, on their first use
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
