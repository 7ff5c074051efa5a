namespace Workflow.Sandbox.Tests.Support;

/// <summary>A throw-away plugins directory built from copies of the fixture plugins.</summary>
internal sealed class TempPlugins : IDisposable
{
    public TempPlugins() => Directory.CreateDirectory(Root);

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "sandbox-tests-" + Guid.NewGuid().ToString("N"));

    /// <summary>Copies a plugin folder in under <paramref name="name"/> and returns its path.</summary>
    public string Add(string sourceFolder, string name)
    {
        var target = Path.Combine(Root, name);
        foreach (var file in Directory.GetFiles(sourceFolder, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(sourceFolder, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }

        return target;
    }

    public string AddSample() => Add(TestPaths.SamplePlugin, "sample");

    public string AddGreeter(string name = "greeter") => Add(TestPaths.GreeterPlugin, name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (UnauthorizedAccessException)
        {
            // Plugin assemblies stay loaded (not unloadable by design); Windows keeps them locked.
        }
        catch (IOException)
        {
        }
    }
}
