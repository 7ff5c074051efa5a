using Scriban;
using Scriban.Parsing;
using Scriban.Syntax;

namespace Workflow.Hosting.Templating;

/// <summary>A parsed template string, and its single expression when the string is exactly <c>{{ expr }}</c>.</summary>
internal sealed class ParsedTemplate
{
    private ParsedTemplate(Template template, ScriptExpression? singleExpression)
    {
        Template = template;
        SingleExpression = singleExpression;
    }

    /// <summary>The parsed template (check <see cref="FirstError"/> before rendering).</summary>
    public Template Template { get; }

    /// <summary>
    /// The expression when the whole string is one <c>{{ expr }}</c> (whitespace around allowed):
    /// its value keeps its JSON type. Null for mixed text, statements and assignments.
    /// </summary>
    public ScriptExpression? SingleExpression { get; }

    /// <summary>The first parse error, if any.</summary>
    public LogMessage? FirstError => Template.Messages.FirstOrDefault(m => m.Type == ParserMessageType.Error);

    /// <summary>Parses <paramref name="text"/> as a Scriban template.</summary>
    public static ParsedTemplate Parse(string text)
    {
        var template = Template.Parse(text);
        return new ParsedTemplate(template, template.HasErrors ? null : FindSingleExpression(template.Page));
    }

    private static ScriptExpression? FindSingleExpression(ScriptPage? page)
    {
        ScriptExpression? found = null;
        foreach (var statement in page?.Body?.Statements ?? [])
        {
            switch (statement)
            {
                case ScriptEscapeStatement:
                    continue;
                case ScriptRawStatement raw when string.IsNullOrWhiteSpace(raw.Text.ToString()):
                    continue;
                case ScriptExpressionStatement { Expression: not ScriptAssignExpression } expression when found is null:
                    found = expression.Expression;
                    continue;
                default:
                    return null;
            }
        }

        return found;
    }
}
