using IncidentIo.Plugin.Actions.CallApi;

namespace IncidentIo.Plugin.Tests.Actions.CallApi;

// The containment rules one by one, each at its boundary (CallApiActionTests runs the hostile paths end to end).
[TestFixture]
public sealed class ApiPathTests
{
    private const string BadEscape = "has a % that does not start a percent escape (%XX)";
    private const string EncodedSeparator = "must not percent-encode . / \\ % or control characters (they could climb out of the API)";

    [TestCase("/v1/identity")]
    [TestCase("/v1/a%20b", TestName = "Problem_ValidEscapeInside_IsNull")]
    [TestCase("/v1/a%20", TestName = "Problem_ValidEscapeAtTheEnd_IsNull")]
    [TestCase("/v1/%7E%41", TestName = "Problem_TwoAdjacentValidEscapes_IsNull")]
    [TestCase("/v1/incidents/", TestName = "Problem_TrailingSlash_IsNull")]
    [TestCase("/v1/a.b/..c/c..", TestName = "Problem_DotsInsideSegments_IsNull")]
    [TestCase("/v1/x:y;z=1,2", TestName = "Problem_SubDelimiters_IsNull")]
    public void Problem_CleanPath_IsNull(string path) =>
        Assert.That(ApiPath.Problem(path), Is.Null);

    [TestCase("/v1/a%")]
    [TestCase("/v1/a%2", TestName = "Problem_EscapeCutOffAfterOneDigit_IsABadEscape")]
    [TestCase("/v1/a%2g", TestName = "Problem_EscapeWithANonHexDigit_IsABadEscape")]
    [TestCase("/v1/a%20%", TestName = "Problem_BadEscapeAfterAValidOne_IsABadEscape")]
    [TestCase("/v1/%+1b", TestName = "Problem_SignedEscape_IsABadEscape")]
    public void Problem_PercentWithoutTwoHexDigits_IsABadEscape(string path) =>
        Assert.That(ApiPath.Problem(path), Is.EqualTo(BadEscape));

    [Test]
    public void Problem_BadEscapeAndADotSegment_NamesTheEscape() =>
        Assert.That(ApiPath.Problem("/v1/a%/../b"), Is.EqualTo(BadEscape));

    [TestCase("/v1/%2e")]
    [TestCase("/v1/%2F")]
    [TestCase("/v1/%5c")]
    [TestCase("/v1/%25")]
    [TestCase("/v1/%00")]
    [TestCase("/v1/%1F", TestName = "Problem_EncodedLastControlCharacter_IsRefused")]
    [TestCase("/v1/%7f", TestName = "Problem_EncodedDelete_IsRefused")]
    [TestCase("/v1/a%20%2e", TestName = "Problem_EncodedDotAfterAValidEscape_IsRefused")]
    public void Problem_EncodedSeparatorOrControl_IsRefused(string path) =>
        Assert.That(ApiPath.Problem(path), Is.EqualTo(EncodedSeparator));

    [TestCase("/v1/%20", TestName = "Problem_EncodedSpace_IsNull")]
    [TestCase("/v1/%7E", TestName = "Problem_EncodedTilde_IsNull")]
    [TestCase("/v1/%80", TestName = "Problem_EncodedHighByte_IsNull")]
    public void Problem_EncodedCharactersNextToTheRefusedRanges_AreAllowed(string path) =>
        Assert.That(ApiPath.Problem(path), Is.Null);

    [TestCase("/v1/a b", "must not contain white space or control characters (CR, LF, tab…)")]
    // Named: a filtered run (dotnet test --filter, Stryker) loses a test whose name holds a control character.
    [TestCase("/v1/a\u0001", "must not contain white space or control characters (CR, LF, tab…)",
        TestName = "Problem_ControlCharacter_SaysWhichRuleItBreaks")]
    [TestCase("/v1\\a", "must not contain backslashes")]
    [TestCase("//host/v1/a", "must be a path relative to the connection's base_url (e.g. /v2/incidents), not a URL or //host")]
    [TestCase("mailto:x@example.com", "must be a path relative to the connection's base_url (e.g. /v2/incidents), not a URL or //host")]
    [TestCase("/v1/https://host/a", "must be a path relative to the connection's base_url (e.g. /v2/incidents), not a URL or //host")]
    [TestCase("/v1/a?b=1", "must not contain ? or #: put query parameters in query")]
    [TestCase("/v1/a#b", "must not contain ? or #: put query parameters in query")]
    [TestCase("/v1/a@b", "must not contain @")]
    [TestCase("/v/a", "must start with an API version, /v1/, /v2/, …")]
    [TestCase("/x/v1/a", "must start with an API version, /v1/, /v2/, …")]
    [TestCase("/v1/a\"b", "may only contain letters, digits, / and - . _ ~ ! $ & ' ( ) * + , ; = : % (percent-encode anything else)")]
    [TestCase("/v1/a/./b", "must not contain . or .. segments")]
    [TestCase("/v1/a/..", "must not contain . or .. segments")]
    [TestCase("/v1/a//b", "must not contain empty segments (//)")]
    public void Problem_EachRule_SaysWhichRuleItBreaks(string path, string problem) =>
        Assert.That(ApiPath.Problem(path), Is.EqualTo(problem));
}
