using Microsoft.Extensions.Logging;
using Workflow.Abstractions;
using Workflow.Hosting.Logging;
using Workflow.Hosting.Manifests;
using Workflow.Hosting.Masking;
using Workflow.Hosting.Plugins;

namespace Workflow.Hosting.Connections;

/// <summary>
/// Each plugin's connection for one command, resolved once per plugin. Per field: the command line, then
/// values supplied for that plugin (a local simulator's base URL and key), then the environment, then the
/// manifest's default.
/// </summary>
internal sealed class ConnectionProvider(
    IReadOnlyDictionary<string, string> commandLine,
    Func<string, IReadOnlyDictionary<string, string>> supplied,
    Func<string, string?> environment,
    SecretMasker masker,
    ILogger logger)
{
    private readonly Dictionary<string, ActionConnection> _byPlugin = new(StringComparer.Ordinal);

    /// <summary>The connection <paramref name="action"/>'s plugin runs with.</summary>
    public ActionConnection For(LoadedAction action)
    {
        var pluginId = action.Plugin.Id;
        if (_byPlugin.TryGetValue(pluginId, out var known))
        {
            return known;
        }

        var values = new Dictionary<string, string>(supplied(pluginId), StringComparer.Ordinal);
        foreach (var (name, value) in commandLine)
        {
            values[name] = value; // what the user typed wins, e.g. --api-key-file over a simulator's key
        }

        var connection = ConnectionResolver.Resolve(action.Plugin.Connection, values, environment, masker);
        Log(action, connection);
        _byPlugin[pluginId] = connection;
        return connection;
    }

    private void Log(LoadedAction action, ActionConnection connection)
    {
        foreach (var (name, field) in action.Plugin.Connection.Fields)
        {
            // A SecretValue prints as its mask, so this never logs the secret itself.
            object value = (field.Secret ? connection.GetSecret(name) : (object?)connection.GetSetting(name)) ?? "(not set)";
            logger.ConnectionField(action.Plugin.Id, name, value);
        }
    }
}
