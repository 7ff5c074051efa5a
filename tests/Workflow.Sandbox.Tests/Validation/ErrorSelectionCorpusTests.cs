using System.Text.Json.Nodes;
using Workflow.Abstractions;
using Workflow.Sandbox.Tests.Support;
using Workflow.Sandbox.Tests.Validation.Corpus;
using Workflow.Hosting.Validation;

namespace Workflow.Sandbox.Tests.Validation;

/// <summary>
/// The corpus behind issue 12: broken inputs of every incident.io action and broken action manifests, each with a known
/// number of independent defects. No result may have more problems than defects, every problem must sit at one of them,
/// and every enum and pattern problem must be the human message. Prints the raw (old) and chosen problem counts.
/// </summary>
public class ErrorSelectionCorpusTests
{
    private const int Seed = 12;

    [Test]
    public void Validate_250BrokenInputsAcrossAllActions_AtMostOneProblemPerDefectAndHumanMessages()
    {
        var actions = Manifests().Select(m => (
                Id: m.Manifest["id"]!.GetValue<string>(),
                Input: m.Manifest["input"]!.AsObject(),
                Examples: (IReadOnlyList<JsonObject>)[.. m.Manifest["examples"]!.AsArray().Select(e => e!["input"]!.AsObject())]))
            .ToList();
        var schemas = actions.ToDictionary(a => a.Id, a => CompiledSchema.Compile(a.Input), StringComparer.Ordinal);
        var cases = new InputDefects(Seed).Generate(actions, 250).ToList();

        var failures = Check(cases, c => schemas[c.Source], out var raw, out var shown);

        TestContext.Out.WriteLine($"{cases.Count} broken inputs over {cases.Select(c => c.Source).Distinct().Count()} actions, "
                                  + $"{cases.Sum(c => c.Defects.Count)} defects: {raw} raw problems before, {shown} printed now.");
        Assert.That(cases.Select(c => c.Source).Distinct().Count(), Is.GreaterThanOrEqualTo(5), "inputs come from the actions that take any");
        Assert.That(failures, Is.Empty);
    }

    [Test]
    public void Validate_56BrokenManifests_AtMostOneProblemPerDefectAndHumanMessages()
    {
        var meta = ManifestMetaSchemas.Load(TestPaths.Schemas).Action;
        var cases = new ManifestDefects(Seed).Generate([.. Manifests()], 56).ToList();

        var failures = Check(cases, _ => meta, out var raw, out var shown);

        TestContext.Out.WriteLine($"{cases.Count} broken manifests, {cases.Sum(c => c.Defects.Count)} defects: {raw} raw problems before, {shown} printed now.");
        Assert.That(failures, Is.Empty);
    }

    private static List<string> Check(IReadOnlyList<DefectCase> cases, Func<DefectCase, CompiledSchema> schemaOf, out int raw, out int shown)
    {
        var failures = new List<string>();
        raw = shown = 0;
        foreach (var @case in cases)
        {
            var schema = schemaOf(@case);
            var problems = schema.Validate(@case.Document);
            raw += schema.ValidateAll(@case.Document).Count;
            shown += problems.Count;
            var why = Verdict(@case, problems);
            if (why is not null)
            {
                failures.Add($"{@case}: {why}: {string.Join(" | ", problems.Select(p => $"{p.Field} [{p.Code}] {p.Message}"))}");
            }
        }

        return failures;
    }

    private static string? Verdict(DefectCase @case, IReadOnlyList<ActionErrorDetail> problems)
    {
        if (problems.Count == 0 || problems.Count > @case.Defects.Count)
        {
            return $"{problems.Count} problems for {@case.Defects.Count} defects";
        }

        if (problems.FirstOrDefault(p => !@case.Defects.Any(d => At(p, d))) is { } stray)
        {
            return $"'{stray.Field}' is not where a defect is";
        }

        foreach (var defect in @case.Defects)
        {
            var mine = problems.Where(p => At(p, defect)).ToList();
            if (defect.Kind == DefectKind.Enum && !mine.Any(p => p.Code == "enum" && p.Message.StartsWith("must be one of: ", StringComparison.Ordinal)))
            {
                return $"the enum defect at {defect.Pointer} has no message listing the allowed values";
            }

            if (defect.Kind == DefectKind.Pattern && !mine.Any(p => p.Code == "pattern" && Human(p.Message, defect.Regex)))
            {
                return $"the pattern defect at {defect.Pointer} has no human message";
            }
        }

        return null;
    }

    private static bool At(ActionErrorDetail problem, Defect defect) =>
        problem.Field == defect.Pointer || Pointers.IsBelow(problem.Field ?? "", defect.Pointer);

    private static bool Human(string message, string? regex) =>
        (message.StartsWith("must be ", StringComparison.Ordinal) || message.StartsWith("does not have the expected form", StringComparison.Ordinal))
        && (regex is null || !message.Contains(regex, StringComparison.Ordinal));

    private static IEnumerable<(string File, JsonObject Manifest)> Manifests() =>
        Directory.GetFiles(Path.Combine(TestPaths.RealPlugins, "incidentio", "actions"), "*.json").Order(StringComparer.Ordinal)
            .Select(f => (Path.GetFileName(f), JsonNode.Parse(File.ReadAllText(f))!.AsObject()));
}
