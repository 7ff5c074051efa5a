using System.Text.Json;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using Benchmarks.Harness;
using Microsoft.Extensions.Logging.Abstractions;
using Scriban;
using Workflow.Hosting.Plugins;
using Workflow.Hosting.Running;
using Workflow.Hosting.Templating;
using Workflow.Hosting.Validation;

namespace Benchmarks.Scenarios;

/// <summary>
/// P4 (BenchmarkDotNet, in process): what the host does per action besides the plugin and HTTP — render the
/// templated input, coerce it, validate it, hand it over as a JsonElement, take the output back and validate it —
/// over the real get_incident manifest and its example output. The floors are the two libraries alone.
/// <see cref="PerActionFirst"/> is the same under <c>--output-validation first</c> once an output of the action has passed.
/// </summary>
[MemoryDiagnoser]
public class OverheadBenchmarks
{
    private readonly TemplateRenderer _renderer = new();
    private readonly JsonObject _step = new() { ["incident_id"] = "{{ trigger.incident_id }}" };
    private readonly JsonObject _floorInstance = new() { ["incident_id"] = "01FDAG4SAP5TYPT98WGR2N7W91" };
    private LoadedAction _action = null!;
    private TemplateScope _scope = null!;
    private JsonNode _input = null!;
    private JsonElement _output;
    private JsonNode _outputNode = null!;
    private CompiledSchema _floorSchema = null!;
    private Template _floorTemplate = null!;
    private Scriban.Runtime.ScriptObject _floorModel = null!;
    private OutputValidationPolicy _first = null!;

    [GlobalSetup]
    public void SetUp()
    {
        var catalog = PluginCatalogLoader.Load(BenchPaths.Plugins, ManifestMetaSchemas.Load(BenchPaths.Schemas), NullLogger.Instance);
        _action = catalog.FindAction(GetIncidentCalls.ActionId) ?? throw new InvalidOperationException("get_incident is not loaded.");
        _scope = TemplateScope.ForTrigger(new JsonObject { ["incident_id"] = "01FDAG4SAP5TYPT98WGR2N7W91" }, "bench-run", DateTimeOffset.UnixEpoch);
        _input = PerActionInput();
        var example = _action.Manifest.Examples[0].Output;
        _output = JsonSerializer.SerializeToElement(example);
        _outputNode = example.DeepClone();
        _floorSchema = CompiledSchema.Compile(JsonNode.Parse("""{"type":"object","required":["incident_id"],"properties":{"incident_id":{"type":"string","minLength":1}}}""")!);
        _floorTemplate = Template.Parse("{{ trigger.incident_id }}");
        _floorModel = new Scriban.Runtime.ScriptObject { ["trigger"] = new Scriban.Runtime.ScriptObject { ["incident_id"] = "01FDAG4SAP5TYPT98WGR2N7W91" } };
        _first = new OutputValidationPolicy(OutputValidationMode.First, NullLogger.Instance);
        _first.Passed(_action.Id);
    }

    /// <summary>Library floor: JsonSchema.Net validating a one-property object.</summary>
    [Benchmark]
    public int FloorSchemaValidation() => _floorSchema.Validate(_floorInstance).Count;

    /// <summary>Library floor: Scriban rendering a parsed one-expression template with the shared read-only builtins.</summary>
    [Benchmark]
    public string FloorScribanRender()
    {
        var context = new TemplateContext(SandboxContextFactory.Builtins);
        context.PushGlobal(_floorModel);
        return _floorTemplate.Render(context);
    }

    [Benchmark]
    public JsonNode? Render() => _renderer.Render(GetIncidentCalls.ActionId, _step, _scope);

    [Benchmark]
    public int ValidateInput() => _action.Definition.InputValidator.Validate(_input).Count;

    [Benchmark]
    public int ValidateOutput() => _action.Definition.OutputValidator.Validate(_outputNode).Count;

    /// <summary>P4: everything the host adds per action, in the order ActionRunner and a step do it.</summary>
    [Benchmark]
    public int PerAction()
    {
        var input = PerActionInput();
        var problems = _action.Definition.InputValidator.Validate(input).Count;
        _ = JsonSerializer.SerializeToElement(input);
        return problems + _action.Definition.OutputValidator.Validate(ActionRunner.AsNode(_output)).Count;
    }

    /// <summary>P4 under <c>--output-validation first</c> after a pass: ActionRunner asks the policy and skips the output.</summary>
    [Benchmark]
    public int PerActionFirst()
    {
        var input = PerActionInput();
        var problems = _action.Definition.InputValidator.Validate(input).Count;
        _ = JsonSerializer.SerializeToElement(input);
        return _first.ShouldValidate(_action.Id) ? problems + _action.Definition.OutputValidator.Validate(ActionRunner.AsNode(_output)).Count : problems;
    }

    private JsonNode PerActionInput() =>
        SchemaTypeCoercer.Coerce(_renderer.Render(GetIncidentCalls.ActionId, _step, _scope), _action.Manifest.Input)
        ?? throw new InvalidOperationException("The rendered input is null.");
}
