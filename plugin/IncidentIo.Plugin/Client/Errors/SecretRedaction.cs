using Workflow.Abstractions;

namespace IncidentIo.Plugin.Client.Errors;

/// <summary>
/// Last line of defence: errors are built from our own words and incident.io's, but a proxy or a
/// misbehaving server could echo the Authorization header back. Whatever the source, the key is masked.
/// </summary>
internal static class SecretRedaction
{
    public static ActionError Redact(ActionError error, SecretValue secret)
    {
        var value = secret.Reveal();
        if (value.Length == 0)
        {
            return error;
        }

        string? Mask(string? text) => text?.Replace(value, SecretValue.Mask, StringComparison.Ordinal);
        return error with
        {
            Message = Mask(error.Message)!,
            Hint = Mask(error.Hint),
            RequestId = Mask(error.RequestId),
            RemoteType = Mask(error.RemoteType),
            Details = error.Details.Select(d => d with { Field = Mask(d.Field)!, Message = Mask(d.Message)!, Code = Mask(d.Code) }).ToList(),
        };
    }
}
