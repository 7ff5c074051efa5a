using System.Text.Json.Nodes;
using IncidentIo.Plugin.Json;

namespace IncidentIo.Plugin.Tests.Json;

/// <summary>The pointer walks behind the lenient reader's warnings, given pointers the serializer never makes as well.</summary>
[TestFixture]
public sealed class AnswerPositionsTests
{
    [Test]
    public void InAnswer_AfterAnItemWasLeftOut_NamesTheAnswersIndexesAtEveryLevel()
    {
        var document = JsonNode.Parse("""{"a":[{"b":[1,2,3]},{"b":[4,5,6]},{"b":[7,8,9]}]}""")!;
        var positions = new AnswerPositions();
        positions.RemoveAt(document["a"]!.AsArray(), 0);
        positions.RemoveAt(document["a"]![1]!["b"]!.AsArray(), 1);

        Assert.That(positions.InAnswer(document, "/a/1/b/1"), Is.EqualTo("/a/2/b/2"));
    }

    [TestCase("/a/2", "/a/2", TestName = "InAnswer_IndexPastTheEnd_KeptAsItIs")]
    [TestCase("/a/x", "/a/x", TestName = "InAnswer_TokenThatIsNoIndex_KeptAsItIs")]
    [TestCase("/a/-1", "/a/-1", TestName = "InAnswer_NegativeIndex_KeptAsItIs")]
    [TestCase("/a/2/b", "/a/2/b", TestName = "InAnswer_MemberPastTheEnd_KeptAsItIs")]
    [TestCase("/a/1/missing/0", "/a/2/missing/0", TestName = "InAnswer_TokensPastAMissingMember_KeptAsTheyAre")]
    public void InAnswer_PointerPastWhatExists_KeepsTheTokensThatNameNothing(string jsonPointer, string expected)
    {
        var document = JsonNode.Parse("""{"a":[{"b":1},{"b":2},{"b":3}]}""")!;
        var positions = new AnswerPositions();
        positions.RemoveAt(document["a"]!.AsArray(), 0);

        Assert.That(positions.InAnswer(document, jsonPointer), Is.EqualTo(expected));
    }

    [Test]
    public void TryRemove_Member_RemovesItAndSaysSo()
    {
        var document = JsonNode.Parse("""{"a":{"b":1,"c":2}}""")!;

        var removed = new AnswerPositions().TryRemove(document, "/a/b");

        Assert.That((removed, document.ToJsonString()), Is.EqualTo((true, """{"a":{"c":2}}""")));
    }

    [Test]
    public void TryRemove_ArrayItem_RemovesItAndRemembersWhereTheRestStood()
    {
        var document = JsonNode.Parse("""{"a":[{"b":[1,2]},{"b":[3,4]}]}""")!;
        var positions = new AnswerPositions();

        var removed = positions.TryRemove(document, "/a/1/b/0");

        Assert.Multiple(() =>
        {
            Assert.That((removed, document.ToJsonString()), Is.EqualTo((true, """{"a":[{"b":[1,2]},{"b":[4]}]}""")));
            Assert.That(positions.InAnswer(document, "/a/1/b/0"), Is.EqualTo("/a/1/b/1"));
        });
    }

    [TestCase("/a/2", TestName = "TryRemove_IndexPastTheEnd_RemovesNothing")]
    [TestCase("/a/x", TestName = "TryRemove_TokenThatIsNoIndex_RemovesNothing")]
    [TestCase("/a/-1", TestName = "TryRemove_NegativeIndex_RemovesNothing")]
    [TestCase("/a/2/b", TestName = "TryRemove_MemberOfAnItemPastTheEnd_RemovesNothing")]
    [TestCase("/a/x/b", TestName = "TryRemove_MemberUnderATokenThatIsNoIndex_RemovesNothing")]
    [TestCase("/a/-1/b", TestName = "TryRemove_MemberUnderANegativeIndex_RemovesNothing")]
    [TestCase("/missing/b", TestName = "TryRemove_MemberOfAMissingMember_RemovesNothing")]
    [TestCase("/missing", TestName = "TryRemove_MissingMember_RemovesNothing")]
    [TestCase("/a/0/b/c", TestName = "TryRemove_MemberOfANumber_RemovesNothing")]
    public void TryRemove_PointerToNothing_IsFalseAndTheDocumentUnchanged(string jsonPointer)
    {
        const string Text = """{"a":[{"b":1},{"b":2}]}""";
        var document = JsonNode.Parse(Text)!;

        var removed = new AnswerPositions().TryRemove(document, jsonPointer);

        Assert.That((removed, document.ToJsonString()), Is.EqualTo((false, Text)));
    }
}
