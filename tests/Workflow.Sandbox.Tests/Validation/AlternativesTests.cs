using System.Text.Json.Nodes;
using Workflow.Hosting.Validation;

namespace Workflow.Sandbox.Tests.Validation;

/// <summary>
/// A failed anyOf/oneOf: the branch the value came closest to, or one problem at the value naming the alternatives
/// (with "at least one" for anyOf and "exactly one" for oneOf).
/// </summary>
public class AlternativesTests
{
    // Single quotes stand for double quotes, so that one-line schemas stay readable.
    private static IReadOnlyList<(string? Field, string? Code, string Message)> Problems(string xSchema, string value) =>
        [.. CompiledSchema.Compile(JsonNode.Parse($$"""
            { "$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object", "properties": { "x": {{xSchema.Replace('\'', '"')}} } }
            """)!).Validate(JsonNode.Parse($$"""{"x":{{value}}}""")).Select(p => (p.Field, p.Code, p.Message))];

    [TestCase("anyOf", 2)]
    [TestCase("oneOf", 3)]
    public void Choose_EveryBranchFalse_OneProblemCountingTheForms(string keyword, int branches)
    {
        var problems = Problems($"{{ '{keyword}': [{string.Join(", ", Enumerable.Repeat("false", branches))}] }}", "1");

        Assert.That(problems, Is.EqualTo(new[] { ((string?)"/x", keyword, $"matches none of the {branches} allowed forms.") }));
    }

    [Test]
    public void Choose_SameTypeInTwoBranches_NamedOnce()
    {
        var problems = Problems("{ 'anyOf': [ { 'type': 'string', 'minLength': 1 }, { 'type': 'string', 'maxLength': 0 }, { 'type': 'integer' } ] }", "true");

        Assert.That(problems, Is.EqualTo(new[] { ((string?)"/x", "type", "must be string or integer.") }));
    }

    [Test]
    public void Choose_OneBranchMissesAMemberTheOtherFailsInside_FollowsTheOneThatFailedInside()
    {
        var problems = Problems("{ 'anyOf': [ { 'required': ['a'] }, { 'properties': { 'b': { 'type': 'string' } } } ] }", """{"b":1}""");

        Assert.That(problems.Select(p => (p.Field, p.Code)), Is.EqualTo(new[] { ((string?)"/x/b", "type") }));
    }

    [TestCase("anyOf", "at least one")]
    [TestCase("oneOf", "exactly one")]
    public void Choose_EveryBranchMissesMembers_NamesThemWithTheQuantifier(string keyword, string quantifier)
    {
        var problems = Problems($"{{ '{keyword}': [ {{ 'required': ['a'] }}, {{ 'required': ['b', 'c'] }} ] }}", "{}");

        Assert.That(problems, Is.EqualTo(new[] { ((string?)"/x", keyword, $"give {quantifier} of: a, b and c.") }));
    }

    [TestCase("anyOf", "at least one")]
    [TestCase("oneOf", "exactly one")]
    public void Choose_TwoBranchesFailInside_EachFormsProblemRelativeToTheValue(string keyword, string quantifier)
    {
        var problems = Problems($$"""{ '{{keyword}}': [ { 'properties': { 'a': { 'enum': [5] } } }, { 'properties': { 'a': { 'const': 0 } } } ] }""", """{"a":2}""");

        Assert.That(problems, Is.EqualTo(new[]
        {
            ((string?)"/x", keyword, $"must match {quantifier} of 2 forms, and each has a problem: (1) /a must be one of: 5, (2) /a must be 0."),
        }));
    }

    [Test]
    public void Choose_BothBranchesFailAtTheValueItself_OneSentenceQuotingEachFormsMessage()
    {
        var problems = Problems("{ 'anyOf': [ { 'enum': ['a', 'b'] }, { 'const': 'c' } ] }", "\"d\"");

        Assert.That(problems, Is.EqualTo(new[]
        {
            ((string?)"/x", "anyOf", "must match at least one of 2 forms, and each has a problem: (1) must be one of: \"a\", \"b\", (2) must be \"c\"."),
        }));
    }

    [Test]
    public void Choose_EveryBranchRejectsTheType_NamesOnlyTheTypesWantedAtTheValue()
    {
        // The first branch also fails below the value (/x/a wants a string): that type is not one the value may take.
        var problems = Problems("{ 'anyOf': [ { 'type': 'array', 'properties': { 'a': { 'type': 'string' } } }, { 'type': 'integer' } ] }", """{"a":1}""");

        Assert.That(problems, Is.EqualTo(new[] { ((string?)"/x", "type", "must be array or integer.") }));
    }

    [Test]
    public void Choose_OneBranchFailsOnlyInsideTheOtherAlsoMissesAMember_FollowsTheOneThatFailedOnlyInside()
    {
        var problems = Problems("{ 'anyOf': [ { 'required': ['a'], 'properties': { 'b': { 'type': 'string' } } }, { 'properties': { 'b': { 'enum': [2] } } } ] }", """{"b":1}""");

        Assert.That(problems, Is.EqualTo(new[] { ((string?)"/x/b", "enum", "must be one of: 2.") }));
    }

    [Test]
    public void Choose_OneBranchMissesAMemberTheOtherAlsoFailsInside_EachFormsProblemsJoinedBySemicolons()
    {
        var problems = Problems("{ 'anyOf': [ { 'required': ['a'] }, { 'required': ['c'], 'properties': { 'b': { 'enum': [2] } } } ] }", """{"b":1}""");

        Assert.That(problems, Is.EqualTo(new[]
        {
            ((string?)"/x", "anyOf", "must match at least one of 2 forms, and each has a problem: (1) /a 'a' is required, (2) /c 'c' is required; /b must be one of: 2."),
        }));
    }
}
