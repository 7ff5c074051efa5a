using System.Text.Json.Nodes;
using Workflow.Abstractions;

namespace IncidentIo.Plugin.Tests.Support;

/// <summary>incident.io alert bodies (AlertV2 and friends) and a connection carrying an alert source token.</summary>
internal static class AlertBodies
{
    public const string SourceId = "01JD9Q0C8N5W2KX3R7T4V6Y8ZA";
    public const string AlertId = "01JD9R4W0Y1D6Q3V7X2B5N8M4K";

    /// <summary>Recognisable, so a test can prove it never leaks and is never confused with the API key.</summary>
    public const string SourceToken = "ast_TEST_TOKEN_5c1e9a77f0b34d21";

    public const string Accepted = """{"status":"success","message":"Event accepted for processing","deduplication_key":"db-1-disk-full"}""";

    public static string Alert(string status = "firing") => $$$"""
        {"id":"{{{AlertId}}}","alert_source_id":"{{{SourceId}}}","deduplication_key":"db-1-disk-full","status":"{{{status}}}",
         "title":"Disk full on db-1","attributes":[{"attribute":{"id":"A1","name":"service","type":"String","array":false,"required":false},"value":{"literal":"postgres"}}],
         "created_at":"2024-05-01T09:30:00.000000Z","updated_at":"2024-05-01T09:30:00.000000Z"}
        """;

    public static string Show(string status = "firing") => $$"""{"alert":{{Alert(status)}}}""";

    /// <summary>The stub's connection with an alert source token (raw, header value or URL) and, unless null, the API key.</summary>
    public static ActionConnection Connection(IncidentIoStub stub, string? token = SourceToken, string? apiKey = IncidentIoStub.ApiKey)
    {
        var secrets = new Dictionary<string, SecretValue>();
        if (token is not null)
        {
            secrets["alert_source_token"] = new SecretValue(token);
        }

        if (apiKey is not null)
        {
            secrets["api_key"] = new SecretValue(apiKey);
        }

        return new ActionConnection(new Dictionary<string, string> { ["base_url"] = stub.Url }, secrets);
    }

    public static JsonObject Event(string status = "firing") => new()
    {
        ["alert_source_config_id"] = SourceId,
        ["status"] = status,
        ["title"] = "Disk full on db-1",
        ["deduplication_key"] = "db-1-disk-full",
    };
}
