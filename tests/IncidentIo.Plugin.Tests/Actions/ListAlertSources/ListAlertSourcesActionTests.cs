using IncidentIo.Plugin.Actions.ListAlertSources;
using IncidentIo.Plugin.Tests.Support;

namespace IncidentIo.Plugin.Tests.Actions.ListAlertSources;

[TestFixture]
public sealed class ListAlertSourcesActionTests : StubFixture
{
    private const string Secret = "src_SECRET_never_output_91b2";

    [Test]
    public async Task ExecuteAsync_Sources_SortedByNameWithoutTheirSecretToken()
    {
        Stub.Returns("GET", "/v2/alert_sources", 200, $$$"""
            {"alert_sources":[
              {"id":"S2","name":"prometheus","source_type":"http","secret_token":"{{{Secret}}}","template":{"title":{},"description":{},"attributes":[],"expressions":[],"is_private":false}},
              {"id":"S1","name":"Datadog","source_type":"some_new_type","template":{"title":{},"description":{},"attributes":[],"expressions":[],"is_private":false}}]}
            """);

        var output = await ActionRuns.OutputAsync(new ListAlertSourcesAction(Clients), Stub.Connection());

        var sources = output["alert_sources"]!.AsArray();
        Assert.Multiple(() =>
        {
            Assert.That(sources.Select(s => (string?)s!["id"]), Is.EqualTo(new[] { "S1", "S2" }));
            Assert.That((string?)sources[0]!["source_type"], Is.EqualTo("some_new_type"), "unknown source types pass through");
            Assert.That(output.ToJsonString(), Does.Not.Contain(Secret));
        });
    }
}
