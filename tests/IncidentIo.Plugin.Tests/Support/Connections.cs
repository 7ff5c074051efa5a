using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Workflow.Abstractions;

namespace IncidentIo.Plugin.Tests.Support;

/// <summary>Connections and contexts as a host would build them.</summary>
internal static class Connections
{
    public static ActionConnection To(string? baseUrl, string? apiKey)
    {
        var settings = new Dictionary<string, string>();
        if (baseUrl is not null)
        {
            settings["base_url"] = baseUrl;
        }

        var secrets = new Dictionary<string, SecretValue>();
        if (apiKey is not null)
        {
            secrets["api_key"] = new SecretValue(apiKey);
        }

        return new ActionConnection(settings, secrets);
    }

    public static ActionContext Context(ActionConnection connection, object? input = null) =>
        Context(connection, input, RunInfo.AdHoc("test"));

    public static ActionContext Context(ActionConnection connection, object? input, RunInfo run, ILogger? logger = null) =>
        new(JsonSerializer.SerializeToElement(input ?? new { }), connection, run, logger ?? NullLogger.Instance);
}
