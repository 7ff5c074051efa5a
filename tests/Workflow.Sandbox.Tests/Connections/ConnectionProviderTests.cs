using Microsoft.Extensions.Logging.Abstractions;
using Workflow.Hosting.Connections;
using Workflow.Hosting.Masking;
using Workflow.Sandbox.Tests.Support;

namespace Workflow.Sandbox.Tests.Connections;

/// <summary>sample's connection: api_key (secret, env SAMPLE_API_KEY), base_url (default https://sample.invalid, env SAMPLE_BASE_URL).</summary>
public class ConnectionProviderTests
{
    private static readonly Dictionary<string, string> None = [];

    [Test]
    public void For_SuppliedValues_BeatEnvironmentAndDefault()
    {
        var provider = Provider(None, Supplied("sample", "http://127.0.0.1:1", "sim-key"), new() { ["SAMPLE_API_KEY"] = "env-key", ["SAMPLE_BASE_URL"] = "https://env.invalid" });

        var connection = provider.For(FixtureCatalog.Action("sample.echo"));

        Assert.That((connection.GetSetting("base_url"), connection.GetSecret("api_key")!.Reveal()), Is.EqualTo(("http://127.0.0.1:1", "sim-key")));
    }

    [Test]
    public void For_CommandLine_BeatsSuppliedValues()
    {
        var provider = Provider(new() { ["api_key"] = "typed-key" }, Supplied("sample", "http://127.0.0.1:1", "sim-key"), []);

        Assert.That(provider.For(FixtureCatalog.Action("sample.echo")).GetSecret("api_key")!.Reveal(), Is.EqualTo("typed-key"));
    }

    [Test]
    public void For_ValuesSuppliedForAnotherPlugin_NotUsed()
    {
        var provider = Provider(None, Supplied("other", "http://127.0.0.1:1", "sim-key"), []);

        var connection = provider.For(FixtureCatalog.Action("sample.echo"));

        Assert.That((connection.GetSetting("base_url"), connection.GetSecret("api_key")), Is.EqualTo(("https://sample.invalid", (Workflow.Abstractions.SecretValue?)null)));
    }

    [Test]
    public void For_TwoActionsOfOnePlugin_ResolvedOnce()
    {
        var calls = 0;
        var provider = new ConnectionProvider(None, _ => { calls++; return None; }, _ => null, new SecretMasker(), NullLogger.Instance);

        var first = provider.For(FixtureCatalog.Action("sample.echo"));
        var second = provider.For(FixtureCatalog.Action("sample.fail"));

        Assert.That((calls, ReferenceEquals(first, second)), Is.EqualTo((1, true)));
    }

    [Test]
    public void For_SecretResolved_MaskedFromThenOn()
    {
        var masker = new SecretMasker();
        var provider = new ConnectionProvider(None, _ => None, name => name == "SAMPLE_API_KEY" ? "k-secret-1" : null, masker, NullLogger.Instance);

        provider.For(FixtureCatalog.Action("sample.echo"));

        Assert.That(masker.Mask("key k-secret-1"), Is.EqualTo("key ********"));
    }

    private static Func<string, IReadOnlyDictionary<string, string>> Supplied(string pluginId, string baseUrl, string apiKey) =>
        id => id == pluginId ? new Dictionary<string, string> { ["base_url"] = baseUrl, ["api_key"] = apiKey } : None;

    private static ConnectionProvider Provider(Dictionary<string, string> commandLine, Func<string, IReadOnlyDictionary<string, string>> supplied, Dictionary<string, string> env) =>
        new(commandLine, supplied, name => env.GetValueOrDefault(name), new SecretMasker(), NullLogger.Instance);
}
