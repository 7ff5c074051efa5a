using Workflow.Hosting.Masking;
using Workflow.Sandbox.Serving;
using Workflow.Sandbox.Tests.Support;

namespace Workflow.Sandbox.Tests.Serving;

public class PageConnectionsTests
{
    [Test]
    public void Set_Secret_MaskedFromThenOnAndEmptyValuesDropped()
    {
        var masker = new SecretMasker();
        var page = new PageConnections(masker);

        page.Set("incidentio", new Dictionary<string, string?> { ["api_key"] = "secret-value-1", ["base_url"] = "", ["other"] = null }, new HashSet<string> { "api_key" });

        Assert.That(page.For("incidentio").Keys, Is.EqualTo(Seq.Of("api_key")));
        Assert.That(masker.Mask("key secret-value-1"), Does.Not.Contain("secret-value-1"));
    }

    [Test]
    public void For_UnknownPlugin_Empty()
    {
        Assert.That(new PageConnections(new SecretMasker()).For("nope"), Is.Empty);
    }
}
