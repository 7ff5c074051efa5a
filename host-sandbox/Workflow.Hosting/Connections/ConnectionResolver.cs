using Workflow.Abstractions;
using Workflow.Hosting.Manifests;
using Workflow.Hosting.Masking;

namespace Workflow.Hosting.Connections;

/// <summary>
/// Resolves each connection field of a plugin manifest: the command-line value, else the field's
/// environment variable, else its default. Secrets become <see cref="SecretValue"/>s and are masked from then on.
/// </summary>
internal static class ConnectionResolver
{
    public static ActionConnection Resolve(
        ConnectionDefinition definition,
        IReadOnlyDictionary<string, string> commandLineValues,
        Func<string, string?> environment,
        SecretMasker masker)
    {
        var settings = new Dictionary<string, string>(StringComparer.Ordinal);
        var secrets = new Dictionary<string, SecretValue>(StringComparer.Ordinal);
        foreach (var (name, field) in definition.Fields)
        {
            var value = NonEmpty(commandLineValues.GetValueOrDefault(name))
                        ?? NonEmpty(field.Env is null ? null : environment(field.Env))
                        ?? field.Default;
            if (string.IsNullOrEmpty(value))
            {
                continue; // absent: the plugin reports what it misses (e.g. "api_key is null")
            }

            if (field.Secret)
            {
                masker.Add(value);
                secrets[name] = new SecretValue(value);
            }
            else
            {
                settings[name] = value;
            }
        }

        return new ActionConnection(settings, secrets);
    }

    private static string? NonEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
