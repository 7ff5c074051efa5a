using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Workflow.Sandbox.Templating;

namespace Drills;

/// <summary>
/// R5 timings: renders every known Scriban DoS shape (the list of tests/Workflow.Sandbox.Tests/Templating/
/// SandboxContextFactoryTests, plus a few more) with the host's default limits, and reports how long each took
/// to be stopped. The suite asserts the errors; only this command measures time (the goal: under 150 ms each).
/// After each hostile template a benign one must still render the same (one template cannot affect the next).
/// </summary>
internal static class TemplateDrill
{
    public static readonly TimeSpan Goal = TimeSpan.FromMilliseconds(150);

    private static readonly string[] Shapes =
    [
        "{{ while true; end }}",
        "{{ for i in 1..100; for j in 1..100; end; end }}",
        "{{ (1..2e9) | array.size }}",
        "{{ func f; ret f; end; f }}",
        "{{ 'a' * 1e9 }}",
        "{{ s = 'a'; for i in 1..30; s = s + s; end; s }}",
        "{{ 'a' | string.pad_left 100000000 }}",
        "{{ [1] * 1e8 }}",
        "{{ [1] | array.insert_at 2e8 5 }}",
        "{{ 1 << 1e8 }}",
        "{{ 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!' | regex.match '^(a+)+$' }}",
        "{{ 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!' | regex.replace '^(a|aa)+$' 'x' }}",
        "{{ include 'secrets.txt' }}",
        "{{ '1 + 2' | object.eval }}",
        "{{ '{{ 1 }}' | object.eval_template }}",
        "x {{ o = {}; o.x = o; o }}",
        "{{ (1..1e7) | array.join ',' }}",
        "{{ for i in 1..999; for j in 1..999; end; end }}",
        "{{ x = 'ab' | string.repeat 1e9 }}",
        "{{ a = []; for i in 1..999; a = a | array.add a; end; a }}",
        "{{ func g(n); ret n > 0 ? g(n - 1) + g(n - 1) : 1; end; g 40 }}",
        "{{ " + new string('(', 5000) + "1" + new string(')', 5000) + " }}",
        "{{ title = 'changed'; trigger.title = 'changed' }}",
    ];

    public static Task<bool> RunAsync(TextWriter output)
    {
        var renderer = new TemplateRenderer();
        var scope = new TemplateScope(JsonNode.Parse("""{"title":"t"}"""), new Dictionary<string, JsonNode?>(), "run-1", DateTimeOffset.UnixEpoch, []);
        var ok = true;
        var cold = Stopwatch.StartNew();
        renderer.Render("s", new JsonObject { ["v"] = "Alert: {{ trigger.title | string.upcase }} {{ for i in 1..3 }}{{ i }}{{ end }}" }, scope);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"cold first (benign) render: {cold.Elapsed.TotalMilliseconds:0.0} ms (JIT, not a DoS shape)"));
        output.WriteLine($"R5 template sandbox: {Shapes.Length} hostile shapes, goal < {Goal.TotalMilliseconds} ms each");
        foreach (var shape in Shapes)
        {
            var clock = Stopwatch.StartNew();
            string outcome;
            try
            {
                var rendered = renderer.Render("s", new JsonObject { ["v"] = shape }, scope)?["v"]?.ToJsonString() ?? "null";
                outcome = $"RENDERED ({Math.Min(rendered.Length, 60)} chars shown): {rendered[..Math.Min(rendered.Length, 60)]}";
            }
            catch (TemplateRenderException ex)
            {
                outcome = ex.Reason.Split('\n')[0];
            }

            clock.Stop();
            var benign = renderer.Render("s", new JsonObject { ["v"] = "{{ trigger.title }}" }, scope)?["v"]?.ToString();
            var slow = clock.Elapsed > Goal;
            var leaked = benign != "t";
            ok &= !slow && !leaked && !outcome.StartsWith("RENDERED", StringComparison.Ordinal);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{clock.Elapsed.TotalMilliseconds,8:0.0} ms {(slow ? "SLOW " : "")}{(leaked ? "LEAKED " : "")}{Short(shape)} -> {Short(outcome)}"));
        }

        return Task.FromResult(ok);
    }

    private static string Short(string text) => text.Length <= 90 ? text : text[..87] + "...";
}
