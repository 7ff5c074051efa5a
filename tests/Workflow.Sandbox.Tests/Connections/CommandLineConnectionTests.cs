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
}
