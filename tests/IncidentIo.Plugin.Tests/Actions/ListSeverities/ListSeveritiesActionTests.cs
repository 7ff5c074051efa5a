using IncidentIo.Plugin.Actions.ListSeverities;
using IncidentIo.Plugin.Tests.Support;
using Workflow.Abstractions;

namespace IncidentIo.Plugin.Tests.Actions.ListSeverities;

[TestFixture]
public sealed class ListSeveritiesActionTests : StubFixture
{
    private const string ThreeSeverities = """
        {"severities":[
          {"id":"S3","name":"Critical","description":"","rank":3,"created_at":"2021-08-17T13:28:57.801578Z","updated_at":"2021-08-17T13:28:57.801578Z"},
          {"id":"S1","name":"Minor","description":"","rank":1,"created_at":"2021-08-17T13:28:57.801578Z","updated_at":"2021-08-17T13:28:57.801578Z"},
          {"id":"S2","name":"Major","description":"","rank":2,"created_at":"2021-08-17T13:28:57.801578Z","updated_at":"2021-08-17T13:28:57.801578Z"}]}
        """;

    [Test]
    public async Task ExecuteAsync_Severities_GetsV1SeveritiesAndSortsByRankAscending()
    {
        Stub.Returns("GET", "/v1/severities", 200, ThreeSeverities);

        var output = await ActionRuns.OutputAsync(new ListSeveritiesAction(Clients), Stub.Connection());

        var severities = output["severities"]!.AsArray();
        Assert.Multiple(() =>
        {
            Assert.That(severities.Select(s => (string?)s!["id"]), Is.EqualTo(new[] { "S1", "S2", "S3" }));
            Assert.That((string?)severities[0]!["created_at"], Is.EqualTo("2021-08-17T13:28:57.801578Z"));
            Assert.That(Stub.LastRequest.Method, Is.EqualTo("GET"));
            Assert.That(Stub.LastRequest.Path, Is.EqualTo("/v1/severities"));
        });
    }

    [Test]
    public async Task ExecuteAsync_Forbidden_FailsWithThePermissionMessage()
    {
        Stub.Returns("GET", "/v1/severities", 403);

        var error = await ActionRuns.ErrorAsync(new ListSeveritiesAction(Clients), Stub.Connection());

        Assert.That(error.Message, Is.EqualTo("API key does not have permission to list severities (403)"));
    }

    [Test]
    public async Task ExecuteAsync_PublicConstructor_UsesTheSharedClientFactory()
    {
        Stub.Returns("GET", "/v1/severities", 200, ThreeSeverities);

        var output = await ActionRuns.OutputAsync(new ListSeveritiesAction(), Stub.Connection());

        Assert.That(output["severities"]!.AsArray(), Has.Count.EqualTo(3));
    }

    [Test]
    public async Task ExecuteAsync_NoKey_FailsWithConfigurationAndSendsNothing()
    {
        var error = await ActionRuns.ErrorAsync(new ListSeveritiesAction(Clients), Stub.Connection(apiKey: null));

        Assert.Multiple(() =>
        {
            Assert.That(error.Code, Is.EqualTo(ActionErrorCodes.Configuration));
            Assert.That(Stub.RequestCount, Is.Zero);
        });
    }
}
