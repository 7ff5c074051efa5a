using IncidentIo.Plugin.Actions.Names;
using IncidentIo.Plugin.Tests.Support;
using Workflow.Abstractions;

namespace IncidentIo.Plugin.Tests.Actions.Names;

[TestFixture]
public sealed class ReferenceDataTests : StubFixture
{
    private const string OptionsPath = "/v1/custom_field_options";

    [Test]
    public async Task OptionsAsync_EveryPageHasANextCursor_ReadsMaxOptionPagesEachAfterThePreviousCursor()
    {
        // One more page than the cap, each pointing at the next; the last one answers for good.
        Stub.ReturnsInTurn("GET", OptionsPath, [.. Enumerable.Range(0, ReferenceData.MaxOptionPages + 1).Select(Page)]);
        var lists = new ReferenceData(Clients, Connections.Context(Stub.Connection()));

        var (options, error) = await lists.OptionsAsync("CF_TEAM", CancellationToken.None);

        var queries = Stub.Server.LogEntries.Select(e => e.RequestMessage!.Query!).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(error, Is.Null);
            Assert.That(options!.Select(o => o.Id), Is.EqualTo(Enumerable.Range(0, ReferenceData.MaxOptionPages).Select(i => $"O{i}")));
            Assert.That(queries.Select(q => q.TryGetValue("after", out var after) ? after.Single() : null), Is.EqualTo(new string?[] { null }.Concat(Enumerable.Range(0, ReferenceData.MaxOptionPages - 1).Select(i => $"C{i}"))));
            Assert.That(queries.Select(q => (q["custom_field_id"].Single(), q["page_size"].Single())), Has.All.EqualTo(("CF_TEAM", "250")));
        });
    }

    [Test]
    public async Task OptionsAsync_SameFieldTwice_ReadsItOnce()
    {
        Stub.Returns("GET", OptionsPath, 200, NameBodies.Options);
        var lists = new ReferenceData(Clients, Connections.Context(Stub.Connection()));

        await lists.OptionsAsync("CF_TEAM", CancellationToken.None);
        var (options, _) = await lists.OptionsAsync("CF_TEAM", CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(options!.Select(o => o.Id), Is.EqualTo(new[] { "OPT_PRODUCT", "OPT_PLATFORM" }));
            Assert.That(Stub.RequestCount, Is.EqualTo(1));
        });
    }

    [Test]
    public async Task OptionsAsync_FieldNotFound_ReturnsTheErrorNamingTheField()
    {
        Stub.Returns("GET", OptionsPath, 404, IncidentIoErrorBodies.Of("not_found", 404, "not_found", "no"));
        var lists = new ReferenceData(Clients, Connections.Context(Stub.Connection()));

        var (options, error) = await lists.OptionsAsync("CF_GONE", CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(options, Is.Null);
            Assert.That(error!.Code, Is.EqualTo(ActionErrorCodes.NotFound));
            Assert.That(error.Message, Does.Contain("incident.io has no custom field \"CF_GONE\" (404)"));
        });
    }

    private static Func<WireMock.ResponseBuilders.IResponseBuilder, WireMock.ResponseBuilders.IResponseBuilder> Page(int i) =>
        r => r.WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(
            $$$"""{"custom_field_options":[{"id":"O{{{i}}}","custom_field_id":"CF_TEAM","value":"V{{{i}}}","sort_key":{{{i}}}}],"pagination_meta":{"page_size":250,"after":"C{{{i}}}"}}""");
}
