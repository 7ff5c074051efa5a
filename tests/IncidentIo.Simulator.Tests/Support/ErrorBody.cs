using System.Text.Json.Nodes;

namespace IncidentIo.Simulator.Tests.Support;

/// <summary>Asserts incident.io's error body shape: {type, status, request_id (uuid = X-Request-Id), errors[]}.</summary>
internal static class ErrorBody
{
    public static async Task<JsonObject> AssertAsync(HttpResponseMessage response, int status, string type)
    {
        var body = await JsonBody.ReadAsync(response);
        using (Assert.EnterMultipleScope())
        {
            Assert.That((int)response.StatusCode, Is.EqualTo(status), body.ToJsonString());
            Assert.That((string?)body["type"], Is.EqualTo(type));
            Assert.That((int?)body["status"], Is.EqualTo(status));
            Assert.That(Guid.TryParse((string?)body["request_id"], out _), Is.True, "request_id is a uuid");
            Assert.That(response.Headers.GetValues("X-Request-Id").Single(), Is.EqualTo((string?)body["request_id"]));
            Assert.That(body["errors"]!.AsArray(), Is.Not.Empty);
        }

        return body;
    }

    public static string? Code(this JsonObject body, int index = 0) => (string?)body["errors"]![index]!["code"];

    public static string? Field(this JsonObject body, int index = 0) => (string?)body["errors"]![index]!["source"]?["field"];

    public static List<string?> Fields(this JsonObject body) =>
        body["errors"]!.AsArray().Select(e => (string?)e!["source"]?["field"]).ToList();
}
