using System.Text.Json;
using IncidentIo.Plugin.Client;
using IncidentIo.Plugin.Tests.Support;

namespace IncidentIo.Plugin.Tests.Client;

// What each operation's flags do on the wire: a 503 then a 200 is retried only when repeating the call is safe.
[TestFixture]
public sealed class IncidentIoOperationsTests : StubFixture
{
    private static readonly Dictionary<string, ApiOperation> ByName = new()
    {
        [nameof(IncidentIoOperations.ListSeverities)] = IncidentIoOperations.ListSeverities,
        [nameof(IncidentIoOperations.ListIncidentStatuses)] = IncidentIoOperations.ListIncidentStatuses,
        [nameof(IncidentIoOperations.ListIncidentTypes)] = IncidentIoOperations.ListIncidentTypes,
        [nameof(IncidentIoOperations.ShowIncident)] = IncidentIoOperations.ShowIncident,
        [nameof(IncidentIoOperations.ListIncidents)] = IncidentIoOperations.ListIncidents,
        [nameof(IncidentIoOperations.EditIncident)] = IncidentIoOperations.EditIncident,
        [nameof(IncidentIoOperations.CreateIncident)] = IncidentIoOperations.CreateIncident,
    };

    [TestCase(nameof(IncidentIoOperations.ListSeverities), null, 2)]
    [TestCase(nameof(IncidentIoOperations.ListIncidentStatuses), null, 2)]
    [TestCase(nameof(IncidentIoOperations.ListIncidentTypes), null, 2)]
    [TestCase(nameof(IncidentIoOperations.ShowIncident), null, 2)]
    [TestCase(nameof(IncidentIoOperations.ListIncidents), null, 2)]
    [TestCase(nameof(IncidentIoOperations.EditIncident), null, 2)]
    [TestCase(nameof(IncidentIoOperations.CreateIncident), "key-1", 2)]
    [TestCase(nameof(IncidentIoOperations.CreateIncident), null, 1)]
    [TestCase(nameof(IncidentIoOperations.CreateIncident), " ", 1)]
    public async Task SafeToRetry_503ThenSuccess_IsRetriedOnlyWhenSafe(string name, string? idempotencyKey, int attempts)
    {
        var operation = ByName[name];
        var method = operation.Method.ToString().ToUpperInvariant();
        Stub.ReturnsInTurn(method, "/*", r => r.WithStatusCode(503), r => r.WithStatusCode(200).WithBody("{}"));
        var request = new ApiRequest(operation).WithPathParameter("id", "01FDAG4SAP5TYPT98WGR2N7W91").WithIdempotencyKey(idempotencyKey);

        var response = await Clients.SendAsync<JsonElement>(Stub.Connection(), request, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(response.IsSuccess, Is.EqualTo(attempts > 1), "succeeds only when the 503 is retried");
            Assert.That(response.Attempts, Is.EqualTo(attempts));
            Assert.That(Stub.RequestCount, Is.EqualTo(attempts));
            Assert.That(Stub.LastRequest.Method, Is.EqualTo(method));
            Assert.That(Stub.LastRequest.Path, Is.EqualTo(operation.Path.Replace("{id}", "01FDAG4SAP5TYPT98WGR2N7W91", StringComparison.Ordinal)));
        });
    }
}
