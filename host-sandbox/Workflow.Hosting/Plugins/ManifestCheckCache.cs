namespace Workflow.Hosting.Plugins;

/// <summary>
/// Remembers, per plugin folder, the fingerprint of the last manifests that passed every manifest check
/// (meta-schemas, schemas that compile, examples that validate), so that the next start can skip those checks.
/// One small file per folder; anything unreadable or different is a miss, and the next clean check rewrites it.
/// </summary>
/// <remarks>
/// A start-up trick, kept in this one type (with <see cref="FolderFingerprint"/>, its key). What it saves: on a hit the
/// meta-schemas are not read, JsonSchema.Net is not even loaded and no schema is compiled before the first run
/// (BENCHMARKS.md, cold start). It never lets a changed or unknown file skip its checks: the key is the SHA-256 of
/// every file the checks vouch for (plugin.json, each action manifest, the plugin assembly), the meta-schemas' bytes,
/// the host build and JsonSchema.Net's version. <c>validate</c> and <c>--no-cache</c> never consult it.
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
    public void RecordClean(string folder, string fingerprint)
    {
        var path = EntryPath(folder);
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            System.IO.Directory.CreateDirectory(Directory);
            File.WriteAllText(temporary, fingerprint);
            File.Move(temporary, path, overwrite: true); // atomic: a concurrent reader sees the old entry or the new one
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            TryDelete(temporary); // a cache that cannot be written only costs the checks next time
        }
    }

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
