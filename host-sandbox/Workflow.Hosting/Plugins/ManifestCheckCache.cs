namespace Workflow.Hosting.Plugins;

/// <summary>
/// Remembers, per plugin folder, the fingerprint of the last manifests that passed every manifest check
/// (meta-schemas, schemas that compile, examples that validate), so that the next start can skip those checks; and,
/// when the whole folder was clean, its action classes, so that the next start need not load the plugin assembly
/// before an action runs (<see cref="LazyPluginAssembly"/>). Two small files per folder; anything unreadable or
/// different is a miss, and the next clean check rewrites it.
/// </summary>
/// <remarks>
/// A start-up trick, kept in this one type (with <see cref="FolderFingerprint"/>, its key). What it saves: on a hit the
/// meta-schemas are not read, JsonSchema.Net is not even loaded and no schema is compiled before the first run
/// (BENCHMARKS.md, cold start). It never lets a changed or unknown file skip its checks: the key is the SHA-256 of
/// every file the checks vouch for (plugin.json, each action manifest, the plugin assembly and every assembly beside
/// it), the meta-schemas' bytes, the host build and JsonSchema.Net's version. <c>validate</c> and <c>--no-cache</c> never consult it.
/// </remarks>
internal sealed class ManifestCheckCache(string directory)
{
    private static readonly Lazy<ManifestCheckCache> LazyDefault = new(() => new(DefaultDirectory()));

    /// <summary>$XDG_CACHE_HOME/incidentplugin-sandbox, else ~/.cache/incidentplugin-sandbox, else the temp directory.</summary>
    public static ManifestCheckCache Default => LazyDefault.Value;

    public string Directory { get; } = directory;

    /// <summary>True when <paramref name="folder"/>'s manifests with this fingerprint passed every check before.</summary>
    public bool IsClean(string folder, string fingerprint)
    {
        try
        {
            var path = EntryPath(folder);
            return File.Exists(path) && File.ReadAllText(path) == fingerprint;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Records that <paramref name="folder"/>'s manifests with this fingerprint passed every check; best effort.</summary>
    public void RecordClean(string folder, string fingerprint) => Write(EntryPath(folder), fingerprint);

    /// <summary>
    /// The action classes (action id → class full name) recorded for <paramref name="folder"/> with this fingerprint, when
    /// the whole folder (manifests, assembly, one class per action) was checked clean with it; else null.
    /// </summary>
    public IReadOnlyDictionary<string, string>? Bindings(string folder, string fingerprint)
    {
        try
        {
            var path = BindingsPath(folder);
            var lines = File.Exists(path) ? File.ReadAllLines(path) : [];
            if (lines.Length == 0 || lines[0] != fingerprint)
            {
                return null;
            }

            var bindings = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var line in lines.Skip(1))
            {
                var parts = line.Split('\t');
                if (parts.Length != 2 || parts[0].Length == 0 || parts[1].Length == 0 || !bindings.TryAdd(parts[0], parts[1]))
                {
                    return null; // a corrupt entry is a miss
                }
            }

            return bindings;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Records the action classes of a folder checked clean with this fingerprint; best effort.</summary>
    public void RecordBindings(string folder, string fingerprint, IEnumerable<ActionImplementation> implementations) =>
        Write(BindingsPath(folder), string.Join('\n', [fingerprint, .. implementations.Select(i => $"{i.Id}\t{i.TypeName}")]));

    private void Write(string path, string text)
    {
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            System.IO.Directory.CreateDirectory(Directory);
            File.WriteAllText(temporary, text);
            File.Move(temporary, path, overwrite: true); // atomic: a concurrent reader sees the old entry or the new one
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            TryDelete(temporary); // a cache that cannot be written only costs the checks next time
        }
    }

    private string BindingsPath(string folder) => Path.ChangeExtension(EntryPath(folder), ".action-classes");

    private string EntryPath(string folder) => Path.Combine(Directory, $"{FolderFingerprint.Hash(Path.GetFullPath(folder))[..32]}.manifest-check");

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Left behind in a cache directory: harmless.
        }
    }

    private static string DefaultDirectory()
    {
        var root = Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg && Path.IsPathRooted(xdg)
            ? xdg
            : Environment.GetFolderPath(Environment.SpecialFolder.UserProfile) is { Length: > 0 } home
                ? Path.Combine(home, ".cache")
                : Path.GetTempPath();
        return Path.Combine(root, "incidentplugin-sandbox");
    }
}
