using System.Text.Json;
using System.Text.Json.Nodes;
using IncidentIo.Plugin.Json;

namespace IncidentIo.Plugin.Tests.Json;

[TestFixture]
public sealed class DuplicateMembersTests
{
    [Test]
    public void Refused_MemberNamedTwiceDeepInside_ParsingThrowsAJsonExceptionNamingIt()
    {
        var problem = Assert.Throws<JsonException>(() => JsonNode.Parse("""{"a":[{"id":"x","id":"y"}]}""", documentOptions: DuplicateMembers.Refused));

        Assert.That(DuplicateMembers.NameIn(problem!), Is.EqualTo("id"));
    }

    [Test]
    public void NameIn_OtherProblem_IsNull()
    {
        var problem = Assert.Catch<JsonException>(() => JsonNode.Parse("""{"a":""", documentOptions: DuplicateMembers.Refused));

        Assert.That(DuplicateMembers.NameIn(problem!), Is.Null);
    }
}
