using Workflow.Hosting.Connections;
using Workflow.Hosting.Manifests;
using Workflow.Hosting.Masking;

namespace Workflow.Sandbox.Tests.Connections;

public class ConnectionResolverTests
{
    private static readonly ConnectionDefinition Definition = new()
    {
        Title = "c",
        Fields = new Dictionary<string, ConnectionField>
        {
            ["api_key"] = new() { Title = "key", Secret = true, Env = "X_API_KEY" },
            ["base_url"] = new() { Title = "url", Default = "https://default.invalid", Env = "X_BASE_URL" },
        },
    };

    [Test]
    public void Resolve_CommandLineValue_WinsOverEnvironmentAndDefault()
    {
        var connection = Resolve(new() { ["base_url"] = "https://cli.invalid" }, new() { ["X_BASE_URL"] = "https://env.invalid" });

        Assert.That(connection.GetSetting("base_url"), Is.EqualTo("https://cli.invalid"));
    }

    [Test]
    public void Resolve_NoCommandLineValue_TakesEnvironment()
    {
        var connection = Resolve([], new() { ["X_BASE_URL"] = "https://env.invalid" });

        Assert.That(connection.GetSetting("base_url"), Is.EqualTo("https://env.invalid"));
    }

    [Test]
    public void Resolve_NothingGiven_TakesDefault()
    {
        var connection = Resolve([], new() { ["X_BASE_URL"] = "" });

        Assert.That(connection.GetSetting("base_url"), Is.EqualTo("https://default.invalid"));
    }

    [Test]
    public void Resolve_SecretFromEnvironment_IsASecretAndMasked()
    {
        var masker = new SecretMasker();

        var connection = ConnectionResolver.Resolve(Definition, new Dictionary<string, string>(), name => name == "X_API_KEY" ? "key-123" : null, masker);

        Assert.That(connection.GetSecret("api_key")!.Reveal(), Is.EqualTo("key-123"));
        Assert.That(connection.GetSetting("api_key"), Is.Null, "a secret is never a plain setting");
        Assert.That(masker.Mask("key-123"), Is.EqualTo("********"));
    }

    [Test]
    public void Resolve_SecretMissing_IsAbsent()
    {
        var connection = Resolve([], []);

        Assert.That(connection.GetSecret("api_key"), Is.Null);
    }

    private static Workflow.Abstractions.ActionConnection Resolve(Dictionary<string, string> commandLine, Dictionary<string, string> environment) =>
        ConnectionResolver.Resolve(Definition, commandLine, environment.GetValueOrDefault, new SecretMasker());
}
