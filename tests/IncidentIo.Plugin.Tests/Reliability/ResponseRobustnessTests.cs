using IncidentIo.Plugin.Tests.Support;
using Workflow.Abstractions;

namespace IncidentIo.Plugin.Tests.Reliability;

// R7 (the item 8) for every action that reads a typed body: a truncated, non-JSON or wrongly shaped 2xx body
// is a clear invalid_response naming the call, never an exception. Unknown fields and enum values:
// Client/IncidentIoClientTests (SendAsync_UnknownPropertiesAndEnumValues_AreTolerated) and Contract/ModelsContractTests.
[TestFixture]
public sealed class ResponseRobustnessTests : StubFixture
{
    private static readonly (string Action, string Method, string Path, object Input)[] Calls =
    [
        ("incidentio.list_severities", "GET", "/v1/severities", new { }),
        ("incidentio.list_incident_statuses", "GET", "/v1/incident_statuses", new { }),
        ("incidentio.list_incident_types", "GET", "/v1/incident_types", new { }),
        ("incidentio.get_incident", "GET", "/v2/incidents/01FDAG4SAP5TYPT98WGR2N7W91", new { incident_id = "01FDAG4SAP5TYPT98WGR2N7W91" }),
        ("incidentio.create_incident", "POST", "/v2/incidents", new { name = "x", severity_id = "S" }),
        ("incidentio.update_incident", "POST", "/v2/incidents/01FDAG4SAP5TYPT98WGR2N7W91/actions/edit", new { incident_id = "01FDAG4SAP5TYPT98WGR2N7W91", summary = "s" }),
        ("incidentio.list_incidents", "GET", "/v2/incidents", new { }),
        ("incidentio.test_connection", "GET", "/v1/severities", new { }),
    ];

    private static readonly string[] Bodies =
    [
        """{"incident":{"id":"01FDAG4SAP5TYPT98WGR2N7W91","name":"trunc""",
        """{"severities":[{"id":"S1","name":"Minor","rank":1,""",
        "<html><body>502 Bad Gateway</body></html>",
        "null",
        "[]",
        """{"incident":"not an object","incidents":42,"severities":{"a":1},"incident_statuses":"x","incident_types":7}""",
        "\u0000\u0001garbage",
    ];

    private static IEnumerable<TestCaseData> Cases() =>
        from call in Calls
        from body in Bodies.Select((b, i) => (Text: b, Index: i))
        select new TestCaseData(call.Action, call.Method, call.Path, call.Input, body.Text)
            .SetArgDisplayNames(call.Action, $"body{body.Index}");

    [TestCaseSource(nameof(Cases))]
    public async Task Action_Unreadable2xxBody_IsInvalidResponseNotAnException(string action, string method, string path, object input, string body)
    {
        Stub.Returns(method, path, 200, body, ("Content-Type", "application/json"));

        var result = await PluginActions.Create(action, Clients).ExecuteAsync(Connections.Context(Stub.Connection(), input), CancellationToken.None);

        Assert.That(result.IsSuccess, Is.False, "an unreadable body must not pass as a result");
        Assert.Multiple(() =>
        {
            Assert.That(result.Error!.Code, Is.EqualTo(ActionErrorCodes.InvalidResponse), result.Error.Message);
            Assert.That(result.Error.Message, Does.Contain("HTTP 200"));
            Assert.That(result.Error.Retryable, Is.False);
        });
    }
}
