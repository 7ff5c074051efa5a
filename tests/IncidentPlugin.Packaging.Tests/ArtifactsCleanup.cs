using IncidentPlugin.Packaging.Tests.Support;

namespace IncidentPlugin.Packaging.Tests;

/// <summary>Removes the packed feed, published folder and builds once every packaging test has run (root namespace: all of them).</summary>
[SetUpFixture]
public sealed class ArtifactsCleanup
{
    [OneTimeTearDown]
    public void Delete() => Artifacts.DeleteBuilt();
}
