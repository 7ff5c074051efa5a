using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Workflow.Hosting.Templating;
using Workflow.Sandbox.Tests.Reliability.BadInput;

namespace Drills;

/// <summary>
/// R5 timings: renders every known Scriban DoS shape (<see cref="ScribanAttacks"/>, shared with the bad-input corpus) with the host's default limits, and reports how long each took
/// to be stopped. The suite asserts the errors; only this command measures time (the goal: under 150 ms each).
/// After each hostile template a benign one must still render the same (one template cannot affect the next).
/// </summary>
internal static class TemplateDrill
{
    public static readonly TimeSpan Goal = TimeSpan.FromMilliseconds(150);

    private static readonly string[] Shapes = [.. ScribanAttacks.Fast, .. ScribanAttacks.Slow];

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
