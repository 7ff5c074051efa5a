namespace IncidentIo.Plugin.Tests.Support;

/// <summary>incident.io error bodies in the documented shape.</summary>
internal static class IncidentIoErrorBodies
{
    public const string RequestId = "7d5b3c2a-0000-4000-8000-000000000001";

    public static string Of(string type, int status, string code, string message) =>
        $$"""{"type":"{{type}}","status":{{status}},"request_id":"{{RequestId}}","errors":[{"code":"{{code}}","message":"{{message}}"}]}""";
}
