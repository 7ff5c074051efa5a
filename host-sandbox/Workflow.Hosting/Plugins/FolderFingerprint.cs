using System.Security.Cryptography;
using System.Text;
using Workflow.Hosting.Manifests;
using Workflow.Hosting.Validation;

namespace Workflow.Hosting.Plugins;

/// <summary>
/// What the manifest checks of a plugin folder depend on, as one SHA-256: the host build (which carries the
/// checks and JsonSchema.Net), the meta-schemas' bytes, plugin.json, every action and trigger manifest and shared definition (name and bytes),
/// the plugin assembly's bytes and those of every other assembly and deps.json beside it.
/// </summary>
internal static class FolderFingerprint
{
    private static readonly System.Reflection.Assembly HostAssembly = typeof(FolderFingerprint).Assembly;

    // JsonSchema.Net's identity as the host references it: naming it through a type would load the library
    // that a cache hit exists to avoid.
    private static readonly string Host = $"{HostAssembly.ManifestModule.ModuleVersionId}|{HostAssembly.GetReferencedAssemblies().Single(a => a.Name == "JsonSchema.Net").FullName}";

    /// <summary>The fingerprint, or null when a file cannot be read (then the folder is simply checked in full).</summary>
    public static string? Compute(string folder, PluginManifest plugin, ManifestMetaSchemas meta)
    {
        try
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            Append(hash, Host);
            Append(hash, meta.Fingerprint);
            AppendFile(hash, folder, Path.Combine(folder, PluginFolderLoader.ManifestFileName));
            foreach (var directory in (string[])[plugin.ActionsDirectory, plugin.TriggersDirectory, SharedDefinitionLoader.DirectoryName])
            {
                var path = Path.Combine(folder, directory);
                var files = System.IO.Directory.Exists(path) ? System.IO.Directory.GetFiles(path, "*.json") : [];
                foreach (var file in files.Order(StringComparer.Ordinal))
                {
                    AppendFile(hash, folder, file);
                }
            }

            var assembly = Path.Combine(folder, plugin.Assembly);
            if (File.Exists(assembly))
            {
                AppendFile(hash, folder, assembly);
            }

            // The plugin's dependencies and deps.json too: the cache also vouches for the action classes found in the
            // assembly (LazyPluginAssembly), and a changed dependency can change which of them load.
            var beside = System.IO.Directory.GetFiles(folder, "*.dll").Concat(System.IO.Directory.GetFiles(folder, "*.deps.json"));
            foreach (var file in beside.Where(f => !string.Equals(Path.GetFullPath(f), Path.GetFullPath(assembly), StringComparison.Ordinal)).Order(StringComparer.Ordinal))
            {
                AppendFile(hash, folder, file);
            }

            return Convert.ToHexString(hash.GetHashAndReset());
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>SHA-256 of a string's UTF-8 bytes, as hex.</summary>
    public static string Hash(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static void AppendFile(IncrementalHash hash, string folder, string file)
    {
        var bytes = File.ReadAllBytes(file);
        Append(hash, $"{Path.GetRelativePath(folder, file)}:{bytes.Length}");
        hash.AppendData(bytes);
    }

    private static void Append(IncrementalHash hash, string text) => hash.AppendData(Encoding.UTF8.GetBytes(text + "\n"));
}
