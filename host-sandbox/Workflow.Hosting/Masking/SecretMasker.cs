using Workflow.Abstractions;

namespace Workflow.Hosting.Masking;

/// <summary>
/// Replaces every configured secret value with <see cref="SecretValue.Mask"/>. Defense in depth:
/// secrets are <see cref="SecretValue"/>s that never print themselves, but a plugin could still copy one
/// into a message, so everything the host prints or logs passes through here.
/// </summary>
internal sealed class SecretMasker
{
    private readonly Lock _gate = new();
    private string[] _secrets = [];

    /// <summary>Starts masking <paramref name="secret"/>; blank values are ignored.</summary>
    public void Add(string? secret)
    {
        if (string.IsNullOrWhiteSpace(secret))
        {
            return;
        }

        lock (_gate)
        {
            if (!_secrets.Contains(secret, StringComparer.Ordinal))
            {
                // Longest first, so a secret that contains another is masked whole.
                _secrets = [.. _secrets.Append(secret).OrderByDescending(s => s.Length)];
            }
        }
    }

    /// <summary>The text with every known secret masked.</summary>
    public string Mask(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? string.Empty;
        }

        foreach (var secret in _secrets)
        {
            text = text.Replace(secret, SecretValue.Mask, StringComparison.Ordinal);
        }

        return text;
    }

    /// <summary>The error with every text field masked.</summary>
    public ActionError Mask(ActionError error) => error with
    {
        Message = Mask(error.Message),
        Hint = error.Hint is null ? null : Mask(error.Hint),
        RequestId = error.RequestId is null ? null : Mask(error.RequestId),
        Details = [.. error.Details.Select(d => d with
        {
            Field = Mask(d.Field),
            Message = Mask(d.Message),
            Code = d.Code is null ? null : Mask(d.Code),
        })],
    };
}
