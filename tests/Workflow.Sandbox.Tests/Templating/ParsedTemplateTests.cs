using Workflow.Hosting.Templating;

namespace Workflow.Sandbox.Tests.Templating;

public class ParsedTemplateTests
{
    [TestCase("{{ a }}")]
    [TestCase(" \n{{ a.b | string.upcase }}\t")]
    [TestCase("{{ a }}{{ }}")]
    public void Parse_OneExpression_HasSingleExpression(string text)
    {
        Assert.That(ParsedTemplate.Parse(text).SingleExpression, Is.Not.Null);
    }

    [TestCase("x {{ a }}")]
    [TestCase("{{ a }}{{ b }}")]
    [TestCase("{{ a = 1 }}")]
    [TestCase("{{ if a }}1{{ end }}")]
    [TestCase("{{ 1 + }}")]
    public void Parse_NotOneExpression_HasNoSingleExpression(string text)
    {
        Assert.That(ParsedTemplate.Parse(text).SingleExpression, Is.Null);
    }

    [Test]
    public void Parse_SyntaxError_ReportsFirstError()
    {
        Assert.That(ParsedTemplate.Parse("{{ 1 + }}").FirstError?.Message, Does.Contain("Expecting an <expression>"));
    }

    [TestCase("")]
    [TestCase("   ")]
    public void Parse_NoCode_HasNoSingleExpressionAndNoError(string text)
    {
        var parsed = ParsedTemplate.Parse(text);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(parsed.SingleExpression, Is.Null);
            Assert.That(parsed.FirstError, Is.Null);
        }
    }

    [Test]
    public void Parse_Valid_HasNoFirstError()
    {
        Assert.That(ParsedTemplate.Parse("{{ a }}").FirstError, Is.Null);
    }
}
