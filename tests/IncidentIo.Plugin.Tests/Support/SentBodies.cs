using System.Text.Json.Nodes;
using WireMock;

namespace IncidentIo.Plugin.Tests.Support;

/// <summary>The JSON body a recorded request carried.</summary>
internal static class SentBodies
{
    public static JsonObject Json(this IRequestMessage request) => JsonNode.Parse(request.Body!)!.AsObject();

    /// <summary>Asserts that <paramref name="request"/>'s body is exactly <paramref name="expected"/> (same fields, same values).</summary>
    public static void AssertBody(IRequestMessage request, string expected)
    {
        var sent = request.Json();
        Assert.That(JsonNode.DeepEquals(sent, JsonNode.Parse(expected)), Is.True, $"sent: {sent.ToJsonString()}");
    }
}
