using Workflow.Sandbox.Mcp;

namespace Workflow.Sandbox.Tests.Mcp;

public class OptionsUrisTests
{
    [Test]
    public void Template_NoDependencies_PlainUri() =>
        Assert.That(OptionsUris.Template("incidentio.create_incident", "severity_id", []), Is.EqualTo("options://incidentio.create_incident/severity_id"));

    [Test]
    public void Template_Dependencies_QueryExpansion() =>
        Assert.That(OptionsUris.Template("sample.paint", "shade", ["colour", "finish"]), Is.EqualTo("options://sample.paint/shade{?colour,finish}"));

    [Test]
    public void TryParse_UriWithQuery_ActionInputAndDecodedValues()
    {
        var parsed = OptionsUris.TryParse("options://sample.paint/shade?colour=dark%20red&finish=matt+gloss", out var action, out var input, out var query);

        Assert.That(parsed, Is.True);
        Assert.That((action, input), Is.EqualTo(("sample.paint", "shade")));
        Assert.That(query, Is.EqualTo(new Dictionary<string, string> { ["colour"] = "dark red", ["finish"] = "matt gloss" }));
    }

    [TestCase("file:///etc/passwd")]
    [TestCase("options://incidentio.create_incident")]
    [TestCase("options://incidentio.create_incident/")]
    [TestCase("options:///severity_id")]
    [TestCase("options://a.b/c/d")]
    public void TryParse_NotAnOptionsUri_False(string uri) =>
        Assert.That(OptionsUris.TryParse(uri, out _, out _, out _), Is.False);
}
