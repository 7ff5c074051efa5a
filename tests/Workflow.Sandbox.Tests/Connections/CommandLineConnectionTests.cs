using Workflow.Hosting.Connections;
using Workflow.Sandbox.Tests.Support;

namespace Workflow.Sandbox.Tests.Connections;

public class CommandLineConnectionTests
{
    [Test]
    public void Read_KeyFileWithTrailingNewline_KeyWithoutIt()
    {
        using var temp = new TempPlugins();
        var file = Path.Combine(temp.Root, "key.txt");
        File.WriteAllText(file, "key-abc\n");

        var values = CommandLineConnection.Read("https://x.invalid", file, out var error);

        Assert.That(error, Is.Null);
        Assert.That(values, Is.EquivalentTo(new Dictionary<string, string> { ["api_key"] = "key-abc", ["base_url"] = "https://x.invalid" }));
    }

    [Test]
    public void Read_KeyFileMissing_Error()
    {
        var values = CommandLineConnection.Read(null, "/no/such/key.txt", out var error);

        Assert.That(values, Is.Null);
        Assert.That(error, Does.Contain("--api-key-file").And.Contain("does not exist"));
    }

    [Test]
    public void Read_AlertSourceTokenFile_SetsAlertSourceTokenBesideTheKey()
    {
        using var temp = new TempPlugins();
        var key = Path.Combine(temp.Root, "key.txt");
        var token = Path.Combine(temp.Root, "token.txt");
        File.WriteAllText(key, "key-abc\n");
        File.WriteAllText(token, "source-token\r\n");

        var values = CommandLineConnection.Read(null, key, out var error, token);

        Assert.That(error, Is.Null);
        Assert.That(values, Is.EquivalentTo(new Dictionary<string, string> { ["api_key"] = "key-abc", ["alert_source_token"] = "source-token" }));
    }

    [Test]
    public void Read_AlertSourceTokenFileMissing_ErrorNamesTheOption()
    {
        var values = CommandLineConnection.Read(null, null, out var error, "/no/such/token.txt");

        Assert.That(values, Is.Null);
        Assert.That(error, Does.Contain("--alert-source-token-file").And.Contain("does not exist"));
    }
}
