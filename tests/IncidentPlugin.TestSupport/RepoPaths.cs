namespace IncidentPlugin.TestSupport;

/// <summary>Where the repository and the shared reference data are, seen from a test's output folder.</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    /// <summary>The folder holding IncidentPlugin.sln.</summary>
    public static string Root => LazyRoot.Value;

    /// <summary>The incident.io OpenAPI spec: $INCIDENTIO_OPENAPI, else ../shared/incidentio/openapi.json beside the repo.</summary>
    public static string OpenApiSpec =>
        Environment.GetEnvironmentVariable("INCIDENTIO_OPENAPI")
        ?? Path.GetFullPath(Path.Combine(Root, "..", "shared", "incidentio", "openapi.json"));

    /// <summary>The repo's manifests folder.</summary>
    public static string Manifests => Path.Combine(Root, "manifests");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "IncidentPlugin.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No IncidentPlugin.sln above {AppContext.BaseDirectory}.");
    }
}
