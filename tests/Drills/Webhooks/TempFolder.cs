namespace Drills.Webhooks;

/// <summary>A temp folder for one drill run, deleted at the end.</summary>
internal sealed class TempFolder : IDisposable
{
    private readonly string _root = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "webhook-drill-" + Guid.NewGuid().ToString("N"));

    public TempFolder() => Directory.CreateDirectory(_root);

    public string Path(string name) => System.IO.Path.Combine(_root, name);

    public string Write(string name, string text)
    {
        File.WriteAllText(Path(name), text);
        return Path(name);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_root, recursive: true);
    }
}
