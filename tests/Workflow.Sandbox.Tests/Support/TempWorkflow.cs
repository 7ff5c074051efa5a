namespace Workflow.Sandbox.Tests.Support;

/// <summary>A workflow (or trigger) JSON file in a temp folder, deleted on dispose.</summary>
internal sealed class TempWorkflow : IDisposable
{
    public TempWorkflow(string json, string name = "workflow.json")
    {
        Directory.CreateDirectory(_folder);
        Path = System.IO.Path.Combine(_folder, name);
        File.WriteAllText(Path, json);
    }

    private readonly string _folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "sandbox-wf-" + Guid.NewGuid().ToString("N"));

    public string Path { get; }

    /// <summary>Writes another file beside the workflow (e.g. a trigger) and returns its path.</summary>
    public string Add(string name, string json)
    {
        var path = System.IO.Path.Combine(_folder, name);
        File.WriteAllText(path, json);
        return path;
    }

    /// <summary>Writes raw bytes beside the workflow (e.g. a file that is not valid UTF-8) and returns its path.</summary>
    public string Add(string name, byte[] bytes)
    {
        var path = System.IO.Path.Combine(_folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
