using Workflow.Hosting.Plugins;

namespace Workflow.Sandbox.Tests.Plugins;

public class ManifestCheckCacheTests
{
    private string _directory = null!;
    private ManifestCheckCache _cache = null!;

    [SetUp]
    public void SetUp()
    {
        _directory = Path.Combine(Path.GetTempPath(), "sandbox-cache-tests-" + Guid.NewGuid().ToString("N"));
        _cache = new ManifestCheckCache(_directory);
    }

    [TearDown]
    public void TearDown()
    {
        if (File.Exists(_directory))
        {
            File.Delete(_directory);
        }
        else if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    [Test]
    public void IsClean_NothingRecorded_False() => Assert.That(_cache.IsClean("/plugins/a", "ABC"), Is.False);

    [Test]
    public void IsClean_RecordedFingerprint_TrueForItAndFalseForAnotherOrAnotherFolder()
    {
        _cache.RecordClean("/plugins/a", "ABC");

        Assert.That(_cache.IsClean("/plugins/a", "ABC"), Is.True);
        Assert.That(_cache.IsClean("/plugins/a", "ABD"), Is.False);
        Assert.That(_cache.IsClean("/plugins/b", "ABC"), Is.False);
    }

    [Test]
    public void IsClean_CorruptEntry_FalseAndTheNextRecordRewritesIt()
    {
        _cache.RecordClean("/plugins/a", "ABC");
        var entry = Directory.GetFiles(_directory).Single();
        File.WriteAllBytes(entry, [0xFF, 0x00, 0x13]);

        Assert.That(_cache.IsClean("/plugins/a", "ABC"), Is.False);
        _cache.RecordClean("/plugins/a", "ABC");
        Assert.That(_cache.IsClean("/plugins/a", "ABC"), Is.True);
        Assert.That(Directory.GetFiles(_directory), Has.Length.EqualTo(1), "no temporary file left behind");
    }

    [Test]
    public void Bindings_Recorded_ReturnedForThatFingerprintOnly()
    {
        _cache.RecordBindings("/plugins/a", "ABC", [new ActionImplementation("a.one", "A.One", () => null!), new ActionImplementation("a.two", "A.Two", () => null!)]);

        Assert.That(_cache.Bindings("/plugins/a", "ABC"), Is.EquivalentTo(new Dictionary<string, string> { ["a.one"] = "A.One", ["a.two"] = "A.Two" }));
        Assert.That(_cache.Bindings("/plugins/a", "ABD"), Is.Null);
        Assert.That(_cache.Bindings("/plugins/b", "ABC"), Is.Null);
    }

    [Test]
    public void Bindings_CorruptEntry_Null()
    {
        _cache.RecordBindings("/plugins/a", "ABC", [new ActionImplementation("a.one", "A.One", () => null!)]);
        var entry = Directory.GetFiles(_directory).Single();
        File.WriteAllText(entry, "ABC\na.one");

        Assert.That(_cache.Bindings("/plugins/a", "ABC"), Is.Null);
    }

    [Test]
    public void RecordClean_CacheDirectoryIsAFile_IgnoredAndNeverClean()
    {
        File.WriteAllText(_directory, "not a directory");

        Assert.DoesNotThrow(() => _cache.RecordClean("/plugins/a", "ABC"));
        Assert.That(_cache.IsClean("/plugins/a", "ABC"), Is.False);
    }
}
