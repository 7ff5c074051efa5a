using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Scriban.Runtime;
using Workflow.Hosting.Templating;
using Workflow.Hosting.Workflows;

namespace Drills;

/// <summary>
/// B-condition (BENCHMARKS.md): µs per <c>trigger.if</c> evaluation, <see cref="WorkflowCondition.Evaluate"/> against
/// the way it evaluated before this change, replayed step by step from the same parts (the expression wrapped in
/// <c>{{ }}</c> as a one-field input, the scope's script model, a linked budget token, a NEW sandboxed context, the value
/// converted to JSON), on the same triggers and thread, alternating per round; plus parts measured alone. Two triggers: the webhook bench's small incident and the spec's
/// example incident (incident-created.json's first example).
/// </summary>
internal static class ConditionBench
{
    private const string Condition = "trigger.incident.name == \"never\"";

    private static readonly TemplateCache BeforeCache = new(16);

    public static Task RunAsync(int evaluations, int rounds, TextWriter output)
    {
        var renderer = new TemplateRenderer(environment: _ => null);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"B-condition: `{Condition}`, {rounds} rounds x {evaluations} evaluations per variant, one thread; load average {LoadAverage()}"));
        foreach (var (name, trigger) in Triggers())
        {
            var scope = TemplateScope.ForTrigger(trigger, "run-1", DateTimeOffset.UnixEpoch);
            var variants = new (string Name, Action Evaluate)[]
            {
                ("before: a new context each time", () => Check(Before(Condition, scope))),
                ("now: WorkflowCondition.Evaluate", () => Check(WorkflowCondition.Evaluate(renderer, "trigger", Condition, scope, CancellationToken.None))),
                ("part: script model of the scope", () => ScriptModelBuilder.Build(scope, _ => null)),
                ("part: a new sandboxed context", () => NewContext(SandboxContextFactory.Builtins, CancellationToken.None)),
            };
            var perRound = variants.Select(_ => new List<double>()).ToArray();
            for (var round = -1; round < rounds; round++)
            {
                // Round -1 is the warm-up (JIT tiering), not recorded.
                for (var v = 0; v < variants.Length; v++)
                {
                    var at = (v + Math.Max(round, 0)) % variants.Length;
                    var clock = Stopwatch.StartNew();
                    for (var i = 0; i < evaluations; i++)
                    {
                        variants[at].Evaluate();
                    }

                    if (round >= 0)
                    {
                        perRound[at].Add(clock.Elapsed.TotalMicroseconds / evaluations);
                    }
                }
            }

            var before = Median(perRound[0]);
            output.WriteLine($"  trigger: {name}");
            for (var v = 0; v < variants.Length; v++)
            {
                var values = perRound[v].Order().ToList();
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"    {variants[v].Name,-34} {Median(values),7:0.00} us/evaluation ({values[0]:0.00}-{values[^1]:0.00})   {Median(values) / before,5:0.00}x before"));
            }
        }

        output.WriteLine($"  load average after: {LoadAverage()}");
        return Task.CompletedTask;
    }

    /// <summary>
    /// What <see cref="WorkflowCondition.Evaluate"/> did before, through <see cref="TemplateRenderer.Render"/> as it was
    /// then: the same steps in the same order, with a new context (<see cref="NewContext"/>) per evaluation.
    /// </summary>
    private static bool Before(string expression, TemplateScope scope)
    {
        var input = new JsonObject { ["if"] = $"{{{{ {expression} }}}}" };
        var model = ScriptModelBuilder.Build(scope, _ => null);
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(CancellationToken.None);
        budget.CancelAfter(TemplateRendererOptions.Default.RenderBudget);
        var value = JsonStringWalker.Map(input, (_, text) =>
        {
            var parsed = BeforeCache.GetOrParse(text);
            var context = NewContext(model, budget.Token);
            return new ScriptValueConverter(context, TemplateRendererOptions.Default.MaxValueDepth, TemplateRendererOptions.Default.MaxValueNodes)
                .ToJson(context.Evaluate(parsed.SingleExpression!));
        })?["if"];
        return value?.GetValueKind() == JsonValueKind.True;
    }

    /// <summary>A fresh sandboxed context over <paramref name="model"/>, as every render made one before contexts were pooled.</summary>
    private static SandboxTemplateContext NewContext(ScriptObject model, CancellationToken budget)
    {
        var context = SandboxContextFactory.CreateEmpty(TemplateRendererOptions.Default);
        SandboxContextFactory.Enter(context, model, budget);
        return context;
    }

    private static void Check(bool value)
    {
        if (value)
        {
            throw new InvalidOperationException($"'{Condition}' must be false for these triggers.");
        }
    }

    private static IEnumerable<(string Name, JsonNode Trigger)> Triggers()
    {
        yield return ("the webhook bench's (an incident of 3 fields)", new JsonObject
        {
            ["event_type"] = "public_incident.incident_created_v2", ["webhook_id"] = "msg_1",
            ["incident"] = new JsonObject { ["id"] = "msg_1", ["name"] = "bench", ["visibility"] = "public" },
        });
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "triggers", "incident-created.json")))!;
        var delivery = manifest["examples"]![0]!["delivery"]!;
        var incident = delivery[(string)delivery["event_type"]!]!.DeepClone();
        var fields = incident.AsObject().Count;
        yield return ($"the spec's example incident ({fields} top-level fields, {incident.ToJsonString().Length} bytes)", new JsonObject
        {
            ["event_type"] = delivery["event_type"]!.DeepClone(), ["webhook_id"] = "msg_1", ["incident"] = incident,
        });
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
