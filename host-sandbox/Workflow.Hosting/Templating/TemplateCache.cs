using System.Collections.Concurrent;
using Scriban;

namespace Workflow.Hosting.Templating;

/// <summary>Parses each distinct template string once. Bounded: when full it starts over rather than grow.</summary>
internal sealed class TemplateCache(int capacity)
{
    private readonly ConcurrentDictionary<string, ParsedTemplate> _templates = new(StringComparer.Ordinal);

    /// <summary>Number of cached templates.</summary>
    public int Count => _templates.Count;

    /// <summary>The parsed form of <paramref name="text"/> (which may carry parse errors).</summary>
    public ParsedTemplate GetOrParse(string text)
    {
        if (_templates.TryGetValue(text, out var cached))
            return cached;

        var parsed = ParsedTemplate.Parse(text);
        if (_templates.Count >= capacity)
            _templates.Clear();
        _templates.TryAdd(text, parsed);
        return parsed;
    }
}
