using System.Reflection;
using System.Text.Json;
using IncidentIo.Plugin.Client;
using RestSharp;
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

    private static IEnumerable<TestCaseData> Every() =>
        typeof(IncidentIoOperations).GetProperties(BindingFlags.Public | BindingFlags.Static)
            .Select(p => new TestCaseData(p.Name));

    private static IEnumerable<TestCaseData> Reads() =>
        Every().Where(c => Named((string)c.Arguments[0]!).Method == Method.Get);

    private static ApiOperation Named(string name) => (ApiOperation)typeof(IncidentIoOperations).GetProperty(name)!.GetValue(null)!;

    [TestCaseSource(nameof(Reads))]
    public void MayRetry_EveryRead_IsTrueWithoutAnyKey(string name) =>
        Assert.That(new ApiRequest(Named(name)).MayRetry, Is.True);

    // The writes' retry policy, as each operation's documentation argues it.
    [TestCase(nameof(IncidentIoOperations.CreateIncident), "POST", false, true)]
    [TestCase(nameof(IncidentIoOperations.EditIncident), "POST", true, true)]
    [TestCase(nameof(IncidentIoOperations.SendAlertEvent), "POST", false, true)]
    [TestCase(nameof(IncidentIoOperations.ResolveAlert), "POST", true, true)]
    [TestCase(nameof(IncidentIoOperations.CreateEscalation), "POST", false, true)]
    [TestCase(nameof(IncidentIoOperations.CancelEscalation), "POST", true, true)]
    [TestCase(nameof(IncidentIoOperations.CreateFollowUp), "POST", false, false)]
    [TestCase(nameof(IncidentIoOperations.UpdateFollowUp), "PUT", true, true)]
    [TestCase(nameof(IncidentIoOperations.ConnectFollowUpIssue), "POST", false, false)]
    public void MayRetry_Write_DependsOnTheOperationAndItsKey(string name, string method, bool withoutKey, bool withKey)
    {
        var operation = Named(name);

        Assert.Multiple(() =>
        {
            Assert.That(operation.Method.ToString().ToUpperInvariant(), Is.EqualTo(method));
            Assert.That(new ApiRequest(operation).MayRetry, Is.EqualTo(withoutKey), "without an idempotency key");
            Assert.That(new ApiRequest(operation).WithIdempotencyKey("key-1").MayRetry, Is.EqualTo(withKey), "with an idempotency key");
        });
    }

    [Test]
    public void MayRetry_EveryWrite_HasARowAbove()
    {
        var writes = typeof(IncidentIoOperations).GetProperties(BindingFlags.Public | BindingFlags.Static)
            .Where(p => Named(p.Name).Method != Method.Get)
            .Select(p => p.Name);
        var rows = typeof(IncidentIoOperationsTests).GetMethod(nameof(MayRetry_Write_DependsOnTheOperationAndItsKey))!
            .GetCustomAttributes<TestCaseAttribute>()
            .Select(c => (string)c.Arguments[0]!);

        Assert.That(rows, Is.EquivalentTo(writes), "a new write needs its retry policy stated in MayRetry_Write_DependsOnTheOperationAndItsKey");
    }

    // The phrase completes "API key does not have permission to …" in every error about the call.
    [TestCaseSource(nameof(Every))]
    public void Phrase_EveryOperation_IsALowerCaseVerbPhrase(string name) =>
        Assert.That(Named(name).Phrase, Does.Match("^(list|view|create|edit|update|connect|send|resolve|cancel) [a-z -]+$"));

    [TestCaseSource(nameof(Every))]
    public void Credential_EveryOperationButAlertEvents_IsTheApiKey(string name) =>
        Assert.That(Named(name).Credential, Is.EqualTo(name == nameof(IncidentIoOperations.SendAlertEvent) ? ApiCredential.AlertSourceToken : ApiCredential.ApiKey));
}
