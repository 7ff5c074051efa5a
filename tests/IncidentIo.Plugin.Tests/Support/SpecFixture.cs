using IncidentPlugin.TestSupport;

namespace IncidentIo.Plugin.Tests.Support;

/// <summary>Base of fixtures that need incident.io's OpenAPI spec (ignored, with the reason, when ../shared is absent) and a stub.</summary>
public abstract class SpecFixture : StubFixture
{
    internal OpenApiSpec Spec { get; private set; } = null!;

    [OneTimeSetUp]
    public void LoadSpec()
    {
        var spec = OpenApiSpec.Shared;
        if (spec is null)
        {
            Assert.Ignore(OpenApiSpec.MissingMessage);
        }

        Spec = spec!;
    }
}
