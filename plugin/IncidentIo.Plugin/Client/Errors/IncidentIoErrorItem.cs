namespace IncidentIo.Plugin.Client.Errors;

/// <summary>One entry of an incident.io error body's <c>errors</c> array; every part may be missing.</summary>
internal sealed record IncidentIoErrorItem(string? Code, string? Message, string? Field);
