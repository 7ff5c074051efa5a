using System.Text.Json.Nodes;
using IncidentIo.Plugin.Actions.UpdateFollowUp;
using IncidentIo.Plugin.Actions.Names;
using IncidentIo.Plugin.Actions.UpdateIncident;
using IncidentIo.Plugin.Tests.Support;

namespace IncidentIo.Plugin.Tests.Manifests;

// The incident is declared once (definitions/incident.json) and referenced by $id from every action that returns one.
// These keep that single declaration, the dropdowns and the "something to change" rule honest.
[TestFixture]
public sealed class IncidentManifestTests
{
    private static readonly string[] IncidentStems = ["create-incident", "get-incident", "update-incident", "list-incidents"];

    private static IEnumerable<TestCaseData> DynamicOptions() =>
        ActionManifests.Stems.SelectMany(stem => ActionManifests.Load(stem)["input"]!["properties"]!.AsObject()
            .Where(p => p.Value!["x-ui"]?["dynamicOptions"] is not null)
            .Select(p => new TestCaseData(stem, p.Key).SetArgDisplayNames(stem, p.Key)));

    [TestCaseSource(nameof(IncidentStems))]
    public void Output_OfEveryIncidentManifest_ReferencesTheSharedIncidentAndCopiesNoDefinition(string stem)
    {
        var output = ActionManifests.Load(stem)["output"]!;
        var id = (string)ActionManifests.IncidentDefinition["$id"]!;
        var references = output.ToJsonString().Split("\"$ref\":").Skip(1).Select(s => s.Split('"')[1]);

        Assert.Multiple(() =>
        {
            Assert.That(output["$defs"], Is.Null, "the incident's definitions live in definitions/incident.json only");
            Assert.That(references, Has.Member(id));
        });
    }

    [Test]
    public void UpdateInput_AnyOf_RequiresExactlyTheFieldsTheActionCanChange()
    {
        var anyOf = ActionManifests.Load("update-incident")["input"]!["anyOf"]!.AsArray()
            .Select(alternative => alternative!["required"]!.AsArray().Single()!.GetValue<string>());

        Assert.That(anyOf, Is.EquivalentTo(UpdateIncidentInput.ChangeableFields.Append(NameResolver.CustomFieldsField).Append(NameResolver.RolesField)));
    }

    [Test]
    public void UpdateFollowUpInput_AnyOf_RequiresExactlyTheFieldsTheActionCanChange()
    {
        var anyOf = ActionManifests.Load("update-follow-up")["input"]!["anyOf"]!.AsArray()
            .Select(alternative => alternative!["required"]!.AsArray().Single()!.GetValue<string>());

        Assert.That(anyOf, Is.EquivalentTo(UpdateFollowUpInput.ChangeableFields));
    }

    [TestCaseSource(nameof(DynamicOptions))]
    public void DynamicOptions_PointAtAReadOnlyActionsItemsAndItsItemFields(string stem, string input)
    {
        var options = ActionManifests.Load(stem)["input"]!["properties"]![input]!["x-ui"]!["dynamicOptions"]!;
        var source = ActionManifests.Stems.Select(ActionManifests.Load).Single(m => (string?)m["id"] == (string?)options["action"]);
        var output = source["output"]!;
        var item = ItemSchema(output, (string)options["items"]!);
        var fields = new[] { "value", "label", "description", "group", "sortBy" }
            .Select(key => (string?)options[key]).Where(p => p is not null).Select(p => p!.TrimStart('/')).Distinct();

        Assert.Multiple(() =>
        {
            Assert.That((bool?)source["annotations"]!["readOnly"], Is.True);
            Assert.That(fields, Is.SubsetOf(item["properties"]!.AsObject().Select(p => p.Key)));
        });
    }

    // The schema of one item of the array at `pointer` in the output: object segments go through properties, array indexes
    // (a dependent dropdown's /custom_fields/0/options) through items, and a $ref to the output's $defs is followed.
    private static JsonNode ItemSchema(JsonNode output, string pointer)
    {
        JsonNode Resolve(JsonNode schema) => schema["$ref"] is { } reference ? output["$defs"]![((string)reference!).Split('/')[^1]]! : schema;

        var schema = output;
        foreach (var segment in pointer.TrimStart('/').Split('/'))
        {
            schema = Resolve(int.TryParse(segment, out _) ? schema["items"]! : schema["properties"]![segment]!);
        }

        return Resolve(schema["items"]!);
    }

    [Test]
    public void UpdateStatusDropdown_HidesTheCategoriesIncidentIoMovesIncidentsIntoItself()
    {
        var exclude = ActionManifests.Load("update-incident")["input"]!["properties"]!["incident_status_id"]!["x-ui"]!["dynamicOptions"]!["exclude"]!;

        Assert.That(exclude["values"]!.AsArray().Select(v => (string?)v), Is.EquivalentTo(new[] { "triage", "declined", "merged", "canceled", "paused" }));
    }
}
