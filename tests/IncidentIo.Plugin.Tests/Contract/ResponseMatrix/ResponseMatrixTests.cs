using System.Text.Json.Nodes;
using IncidentIo.Plugin.Tests.Support;
using Json.Schema;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using Workflow.Abstractions;

namespace IncidentIo.Plugin.Tests.Contract.ResponseMatrix;

// Issue 11's matrix: every field of the spec's example answer of every operation an action calls is removed, nulled and
// retyped in turn, and served over real HTTP (one WireMock server for the class) to the action that reads it. A field the
// manifest requires gives exactly one error naming its pointer (a write still succeeds with what it wrote and a warning);
// any other field gives ok, at most one warning about it, and an output valid against the manifest. One test per action;
// every failing case is listed.
[TestFixture]
public sealed class ResponseMatrixTests : SpecFixture
{
    private int _keys;

    private static IEnumerable<TestCaseData> Calls() => AnsweredCalls.All.Select(c => new TestCaseData(c.Name));

    [Test]
    public void AnsweredCalls_EveryActionManifest_IsInTheMatrixOrReadsNoTypedAnswer()
    {
        var covered = AnsweredCalls.All.Select(c => c.Stem).Distinct().Concat(AnsweredCalls.WithoutTypedAnswer);

        Assert.That(covered, Is.EquivalentTo(ActionManifests.Stems), "a new action must join the matrix (AnsweredCalls)");
    }

    [TestCaseSource(nameof(Calls))]
    public async Task Action_EveryFieldOfTheSpecExampleRemovedNulledRetyped_FailsOnlyForWhatItNeeds(string name)
    {
        var call = AnsweredCalls.All.Single(c => c.Name == name);
        var manifest = ActionManifests.Load(call.Stem);
        var input = call.Input ?? manifest["examples"]![0]!["input"]!;
        var example = Spec.ResponseExample(call.SpecPath, call.Method).DeepClone();
        call.ExampleEdit?.Invoke(example);
        var requirements = call.Needed is { } needed ? OutputRequirements.Explicit(needed) : OutputRequirements.For(call.SchemaStem);
        var baseline = await RunAsync(call, input, example);
        Assert.That(baseline.IsSuccess, Is.True, () => $"the unchanged example must pass: {baseline.Error?.Message}");
        _ = Schemas.Errors(manifest["output"]!, JsonNode.Parse(baseline.Output!.Value.GetRawText()));
        var outputSchema = JsonSchema.FromText(manifest["output"]!.ToJsonString());
        var expectedWarnings = baseline.Warnings.Select(Describe).ToList();

        var failures = new List<string>();
        var cases = 0;
        foreach (var pointer in ExampleFields.Pointers(example))
        {
            foreach (var variant in FieldVariants.All)
            {
                if (FieldVariants.Apply(example, pointer, variant) is not { } body)
                {
                    continue;
                }

                cases++;
                var verdict = call.ExpectedErrors.TryGetValue($"{pointer} {variant}", out var code)
                    ? await ExpectErrorAsync(call, input, body, code)
                    : await JudgeAsync(call, input, body, pointer, requirements, outputSchema, expectedWarnings);
                if (verdict is not null)
                {
                    failures.Add($"{pointer} {variant}: {verdict}");
                }
            }
        }

        TestContext.Out.WriteLine($"{call.Name}: {cases} cases ({ExampleFields.Pointers(example).Count} fields × {FieldVariants.All.Count} variants), {failures.Count} failing");
        Assert.That(failures, Is.Empty, () => $"{failures.Count} of {cases} cases fail:\n{string.Join('\n', failures)}");
    }

    private async Task<string?> ExpectErrorAsync(AnsweredCall call, JsonNode input, JsonNode body, string code)
    {
        var result = await RunAsync(call, input, body);
        return !result.IsSuccess && result.Error.Code == code ? null : $"expected {code}, got {(result.IsSuccess ? "ok" : result.Error.Code)}";
    }

    private async Task<string?> JudgeAsync(
        AnsweredCall call, JsonNode input, JsonNode body, string pointer, OutputRequirements requirements, JsonSchema outputSchema, List<string> expectedWarnings)
    {
        ActionResult result;
        try
        {
            result = await RunAsync(call, input, body);
        }
        catch (Exception exception)
        {
            return $"threw {exception.GetType().Name}: {exception.Message}";
        }

        var needed = requirements.IsNeeded(pointer);
        if (needed && !(call.IsWrite && !call.Identity!.Contains(pointer)))
        {
            if (result.IsSuccess)
            {
                return "succeeded without a field the manifest requires";
            }

            // A needed field inside a list item may be named at the item the reader left out (/custom_fields/0 for …/0/id).
            var named = result.Error.Details.Where(d => d.Code == "required").Select(d => d.Field).ToList();
            return result.Error.Code == ActionErrorCodes.InvalidResponse && (named.SequenceEqual([pointer]) || named.SequenceEqual([ItemOf(pointer)]))
                ? null
                : $"{result.Error.Code} naming [{string.Join(", ", named)}], not exactly {pointer}: {result.Error.Message}";
        }

        if (!result.IsSuccess)
        {
            return $"failed: {result.Error.Code}: {result.Error.Message}";
        }

        var output = JsonNode.Parse(result.Output!.Value.GetRawText());
        var warnings = result.Warnings.Select(Describe).ToList();
        foreach (var expected in expectedWarnings)
        {
            warnings.Remove(expected);
        }

        if (needed)
        {
            // A write that happened: what it wrote is still named, and the warning names the field.
            var wrong = call.Identity!.Where(p => p.Count(c => c == '/') > 1)
                .Where(p => !JsonNode.DeepEquals(At(output, p), At(body, p)))
                .ToList();
            return wrong.Count > 0 ? $"the output lost {string.Join(", ", wrong)}"
                : result.Warnings.Any(w => w.Field == pointer) ? null
                : $"no warning names {pointer}: {string.Join("; ", warnings)}";
        }

        var fields = requirements.WarningFields(pointer);
        var stray = result.Warnings.Where(w => w.Field is null || !fields.Contains(w.Field)).Select(Describe).Except(expectedWarnings).ToList();
        if (warnings.Count > 1 || stray.Count > 0)
        {
            return $"warnings other than one about {string.Join(" or ", fields)}: {string.Join("; ", warnings)}";
        }

        // The flag is a fraction of the cost of the error list, which is only worth building for a failing case.
        var options = Schemas.Options();
        options.OutputFormat = OutputFormat.Flag;
        return outputSchema.Evaluate(output, options).IsValid ? null
            : $"output invalid against the manifest: {string.Join("; ", Schemas.Errors(outputSchema, output))}";
    }

    private async Task<ActionResult> RunAsync(AnsweredCall call, JsonNode input, JsonNode body)
    {
        Stub.Reset();
        var status = Spec.SuccessStatus(call.SpecPath, call.Method);
        Stub.Server.Given(Request.Create().WithPath(call.StubPath).UsingMethod(call.Method.ToUpperInvariant()))
            .AtPriority(2)
            .RespondWith(Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(body.ToJsonString()));

        // A list walk that follows the example's cursor finds the last page (empty), so every case is one answer's worth.
        if (call.NextPage is { } next)
        {
            Stub.Server.Given(Request.Create().WithPath(call.StubPath).UsingGet().WithParam(next.Name, next.Value))
                .AtPriority(0)
                .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(next.Body.ToJsonString()));
        }

        Stub.Server.Given(Request.Create().WithPath(call.StubPath).UsingGet().WithParam("after"))
            .AtPriority(1)
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json")
                .WithBody(new JsonObject { [call.SchemaStem["list-".Length..].Replace('-', '_')] = new JsonArray(), ["pagination_meta"] = new JsonObject { ["page_size"] = 25 } }.ToJsonString()));
        foreach (var other in call.Others)
        {
            ServeUnchanged(other);
        }

        var action = PluginActions.Create((string)ActionManifests.Load(call.Stem)["id"]!, Clients);

        // create_escalation's own 60-a-minute limit (per key) would pace the matrix to a minute a case; a key per case lifts it.
        var key = call.Stem == "create-escalation" ? $"{IncidentIoStub.ApiKey}-{Interlocked.Increment(ref _keys)}" : IncidentIoStub.ApiKey;
        return await action.ExecuteAsync(Connections.Context(AlertBodies.Connection(Stub, apiKey: key), input), CancellationToken.None);
    }

    // Another operation of the same run: its spec example (edited as the row says), and an empty last page when it pages.
    private void ServeUnchanged(OtherAnswer other)
    {
        var body = Spec.ResponseExample(other.SpecPath, other.Method).DeepClone();
        other.Edit?.Invoke(body);
        Stub.Server.Given(Request.Create().WithPath(other.StubPath).UsingMethod(other.Method.ToUpperInvariant()))
            .AtPriority(4)
            .RespondWith(Response.Create().WithStatusCode(Spec.SuccessStatus(other.SpecPath, other.Method)).WithHeader("Content-Type", "application/json")
                .WithBody(body.ToJsonString()));
        if (other.ListName is { } list)
        {
            Stub.Server.Given(Request.Create().WithPath(other.StubPath).UsingGet().WithParam("after"))
                .AtPriority(3)
                .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json")
                    .WithBody(new JsonObject { [list] = new JsonArray(), ["pagination_meta"] = new JsonObject { ["page_size"] = 25 } }.ToJsonString()));
        }
    }

    // The pointer up to and including its last array index ("/custom_fields/0/id" → "/custom_fields/0"); itself when it has none.
    private static string ItemOf(string pointer)
    {
        var tokens = JsonPointers.Tokens(pointer).ToList();
        var last = tokens.FindLastIndex(t => t.All(char.IsAsciiDigit));
        return last < 0 ? pointer : JsonPointers.From(tokens.Take(last + 1));
    }

    private static JsonNode? At(JsonNode? node, string pointer) =>
        JsonPointers.Tokens(pointer).Aggregate(node, (n, token) => n is JsonArray a ? a[int.Parse(token, System.Globalization.CultureInfo.InvariantCulture)] : n?[token]);

    private static string Describe(ActionErrorDetail warning) => $"{warning.Field ?? "(no field)"} {warning.Code}: {warning.Message}";
}
