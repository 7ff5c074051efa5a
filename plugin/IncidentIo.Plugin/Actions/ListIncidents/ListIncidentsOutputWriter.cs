using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using IncidentIo.Plugin.Json;
using IncidentIo.Plugin.Models;

namespace IncidentIo.Plugin.Actions.ListIncidents;

/// <summary>
/// Writes the <see cref="ListIncidentsOutput"/> JSON page by page, so a long walk holds the output's bytes and one
/// page of typed incidents, never every incident as a model and as JSON at once. The bytes are exactly what
/// serialising a <see cref="ListIncidentsOutput"/> with <see cref="IncidentIoJson.Options"/> gives.
/// </summary>
internal sealed class ListIncidentsOutputWriter : IDisposable
{
    private static readonly JsonTypeInfo<IncidentV2> Incident = (JsonTypeInfo<IncidentV2>)IncidentIoJson.Options.GetTypeInfo(typeof(IncidentV2));

    private readonly ArrayBufferWriter<byte> _buffer = new(16 * 1024);
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private readonly Utf8JsonWriter _writer;

    public ListIncidentsOutputWriter()
    {
        var options = IncidentIoJson.Options;
        // Stryker disable once Initializer : equivalent while IncidentIoJson.Options sets no Encoder, indentation or MaxDepth (each is then the writer's default)
        _writer = new Utf8JsonWriter(_buffer, new JsonWriterOptions { Encoder = options.Encoder, Indented = options.WriteIndented, MaxDepth = options.MaxDepth });
        _writer.WriteStartObject();
        _writer.WriteStartArray(Name(nameof(ListIncidentsOutput.Incidents)));
    }

    /// <summary>How many incidents have been written.</summary>
    public int Count { get; private set; }

    /// <summary>The id of the last incident written; null before the first.</summary>
    public string? LastId { get; private set; }

    public void Add(IEnumerable<IncidentV2> incidents)
    {
        foreach (var incident in incidents)
        {
            // An incident incident.io sends again (a cursor that did not advance) is written once.
            if (!_seen.Add(incident.Id))
            {
                continue;
            }

            JsonSerializer.Serialize(_writer, incident, Incident);
            LastId = incident.Id;
            Count++;
        }
    }

    /// <summary>Closes the list with the remaining fields (absent when null, as the serialiser leaves them) and returns the output.</summary>
    public JsonElement Complete(string? nextCursor, long? totalRecordCount, bool truncated)
    {
        _writer.WriteEndArray();
        if (nextCursor is not null)
        {
            _writer.WriteString(Name(nameof(ListIncidentsOutput.NextCursor)), nextCursor);
        }

        if (totalRecordCount is { } total)
        {
            _writer.WriteNumber(Name(nameof(ListIncidentsOutput.TotalRecordCount)), total);
        }

        _writer.WriteBoolean(Name(nameof(ListIncidentsOutput.Truncated)), truncated);
        _writer.WriteEndObject();
        _writer.Flush();

        // The document reads the written bytes in place (no copy); it is never disposed, like SerializeToElement's.
        return JsonDocument.Parse(_buffer.WrittenMemory).RootElement;
    }

    public void Dispose() => _writer.Dispose();

    private static string Name(string member) => IncidentIoJson.Options.PropertyNamingPolicy!.ConvertName(member);
}
