using System.Collections.Concurrent;
using Workflow.Hosting.Masking;

namespace Workflow.Sandbox.Serving;

/// <summary>
/// The connection values entered on the page, per plugin, kept in this process's memory for the session and
/// never sent back: secrets are registered with the masker the moment they arrive.
/// </summary>
internal sealed class PageConnections(SecretMasker masker)
{
    private readonly ConcurrentDictionary<string, IReadOnlyDictionary<string, string>> _byPlugin = new(StringComparer.Ordinal);

    /// <summary>The values set for <paramref name="pluginId"/> (empty when none).</summary>
    public IReadOnlyDictionary<string, string> For(string pluginId) =>
        _byPlugin.TryGetValue(pluginId, out var values) ? values : new Dictionary<string, string>();

    /// <summary>Replaces the plugin's values; empty values are dropped (the field falls back to the host's resolution).</summary>
    /// <param name="pluginId">The plugin.</param>
    /// <param name="values">Field name → value.</param>
    /// <param name="secretFields">The fields whose values must be masked from now on.</param>
    public void Set(string pluginId, IReadOnlyDictionary<string, string?> values, ISet<string> secretFields)
    {
        var kept = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in values)
        {
            if (string.IsNullOrEmpty(value))
            {
                continue;
            }

            if (secretFields.Contains(name))
            {
                masker.Add(value);
            }

            kept[name] = value;
        }

        _byPlugin[pluginId] = kept;
    }
}
