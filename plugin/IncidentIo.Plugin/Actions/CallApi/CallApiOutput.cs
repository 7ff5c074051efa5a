using System.Text.Json;

namespace IncidentIo.Plugin.Actions.CallApi;

/// <summary>Output of incidentio.call_api (2xx answers only; the others are ActionErrors).</summary>
/// <param name="Status">The HTTP status.</param>
/// <param name="Body">The body as JSON when it is JSON, else as text; absent when empty.</param>
/// <param name="RequestId">incident.io's request id (X-Request-Id), when given.</param>
/// <param name="Headers">The safe response headers (rate limits, Retry-After, Content-Type), names in lower case.</param>
internal sealed record CallApiOutput(int Status, JsonElement? Body, string? RequestId, IReadOnlyDictionary<string, string> Headers);
