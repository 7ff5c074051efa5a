namespace IncidentIo.Simulator.Errors;

/// <summary>One entry of an error body's errors array; <paramref name="Field"/> becomes source.field.</summary>
internal sealed record ApiErrorDetail(string Code, string Message, string? Field = null);
