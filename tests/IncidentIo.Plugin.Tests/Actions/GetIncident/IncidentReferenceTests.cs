using IncidentIo.Plugin.Actions.GetIncident;

namespace IncidentIo.Plugin.Tests.Actions.GetIncident;

[TestFixture]
public sealed class IncidentReferenceTests
{
    [TestCase("INC-123", "123")]
    [TestCase("inc-7", "7")]
    [TestCase("  INC-42\n", "42")]
    [TestCase("123", "123")]
    [TestCase("01FDAG4SAP5TYPT98WGR2N7W91", "01FDAG4SAP5TYPT98WGR2N7W91")]
    [TestCase("INC-12a", "INC-12a")]
    [TestCase("XINC-12", "XINC-12")]
    public void ToPathId_Input_IsTheIdForThePath(string input, string expected) =>
        Assert.That(IncidentReference.ToPathId(input), Is.EqualTo(expected));
}
