using Scriban.Parsing;

namespace Workflow.Hosting.Templating;

/// <summary>
/// Checks a template's syntax without rendering it, so a workflow is refused at load, before any step runs:
/// Scriban's parse errors, and a <c>{{</c> that is never closed (Scriban takes the rest of the text as code and
/// may parse it without an error). Line and column are 1-based.
/// </summary>
internal static class TemplateSyntax
{
    public static IEnumerable<(int Line, int Column, string Message)> Problems(string text)
    {
        // Stryker disable once String,Block : speed only; Scriban finds no problem in a text without "{{" (raw text; an unclosed "{%{" is not an error)
        if (!text.Contains("{{", StringComparison.Ordinal))
        {
            // Stryker disable once Statement : speed only; as above, parsing a text without "{{" finds no problem
            yield break;
        }

        if (ParsedTemplate.Parse(text).FirstError is { } error)
        {
            yield return (error.Span.Start.Line + 1, error.Span.Start.Column + 1, error.Message);
            yield break;
        }

        if (UnclosedCode(text) is { } open)
        {
            yield return (open.Line + 1, open.Column + 1, "'{{' is never closed with '}}'.");
        }
    }

    private static TextPosition? UnclosedCode(string text)
    {
        TextPosition? open = null;
        foreach (var token in new Lexer(text))
        {
            if (token.Type == TokenType.CodeEnter)
            {
                open = token.Start;
            }
            else if (token.Type == TokenType.CodeExit)
            {
                open = null;
            }
        }

        return open;
    }
}
