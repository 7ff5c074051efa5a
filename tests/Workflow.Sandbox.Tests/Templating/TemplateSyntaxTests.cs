using Workflow.Hosting.Templating;

namespace Workflow.Sandbox.Tests.Templating;

public class TemplateSyntaxTests
{
    [TestCase("plain text")]
    [TestCase("{%{ x")]
    [TestCase("x }} y")]
    public void Problems_NoCode_None(string text)
    {
        Assert.That(TemplateSyntax.Problems(text), Is.Empty);
    }

    [Test]
    public void Problems_ParseError_OneProblemAtItsOneBasedPosition()
    {
        var problems = TemplateSyntax.Problems("ab {{ 1 + }} {{ x").ToList();

        Assert.That(problems.Select(p => (p.Line, p.Column)), Is.EqualTo(new[] { (1, 11) }));
    }

    [Test]
    public void Problems_UnclosedCode_OneProblemWhereItOpens()
    {
        Assert.That(TemplateSyntax.Problems("a\nbc {{ x"), Is.EqualTo(new[] { (2, 4, "'{{' is never closed with '}}'.") }));
    }
}
