using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using IncidentIo.Plugin.Json;
using IncidentIo.Plugin.Models;
using IncidentIo.Plugin.Tests.Support;

namespace IncidentIo.Plugin.Tests.Json;

[TestFixture]
public sealed class LenientReaderTests
{
    [Test]
    public void Read_OptionalFieldOfAnotherType_LeftOutWithAWarningAtItsPointer()
    {
        var body = IncidentBodies.Show.Replace("\"permalink\":\"https://app.incident.io/incidents/123\"", "\"permalink\":42", StringComparison.Ordinal);

        var show = LenientReader.Read<IncidentsShowResultV2>(body, out var warnings);

        Assert.Multiple(() =>
        {
            Assert.That(show.Incident.Permalink, Is.Null);
            Assert.That(show.Incident.Name, Is.EqualTo("Our database is sad"));
            Assert.That(warnings.Single().Field, Is.EqualTo("/incident/permalink"));
        });
    }

    [Test]
    public void Read_NullItemOfAList_LeftOutWithAWarningAtItsIndex()
    {
        const string Body = """{"severities":[null,{"id":"S1","name":"Minor"}]}""";

        var list = LenientReader.Read<SeveritiesListResultV1>(Body, out var warnings);

        Assert.That(list.Severities.Select(s => s.Id), Is.EqualTo(new[] { "S1" }));
        Assert.That(warnings.Select(w => (w.Field, w.Code)), Is.EqualTo(new[] { ("/severities/0", "unreadable") }));
    }

    [Test]
    public void Read_ProblemAfterANullItem_WarningNamesItsIndexInTheAnswer()
    {
        const string Body = """{"severities":[null,{"id":42,"name":"Minor"},{"id":"S3","name":"Major"}]}""";

        var list = LenientReader.Read<SeveritiesListResultV1>(Body, out var warnings);

        Assert.That(list.Severities.Select(s => s.Id), Is.EqualTo(new[] { "S3" }));
        Assert.That(warnings.Select(w => w.Field), Is.EqualTo(new[] { "/severities/0", "/severities/1" }));
    }

    [Test]
    public void Read_ItemLackingANeededMemberAfterANullItem_WarningAtTheAnswersIndexNamingTheMember()
    {
        const string Body = """{"severities":[null,{"name":"Minor"},{"id":"S3","name":"Major"}]}""";

        LenientReader.Read<SeveritiesListResultV1>(Body, out var warnings);

        Assert.That(
            warnings.Select(w => (w.Field, w.Message)),
            Is.EqualTo(new[] { ("/severities/0", "left out: a null item"), ("/severities/1", "left out: it needs 'id', which is missing or unreadable") }));
    }

    [TestCase("{\"severities\":[\n  {\"id\":\"S1\",\"name\":\"Minor\"},\n  null\n]}", "/severities/1")]
    [TestCase("{\"severities\":[ null , {\"id\":\"S1\",\"name\":\"Minor\"}]}", "/severities/0")]
    public void Read_StreamWithANullItemAfterWhitespace_LeftOutWithAWarning(string body, string expectedField)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(body));

        var list = LenientReader.Read<SeveritiesListResultV1>(stream, out var warnings);

        Assert.That(list.Severities.Select(s => s.Id), Is.EqualTo(new[] { "S1" }));
        Assert.That(warnings.Select(w => w.Field), Is.EqualTo(new[] { expectedField }));
    }

    [Test]
    public void Read_StreamWithNullValuesAndTheWordNullInText_NothingLeftOut()
    {
        const string Body = """{"severities":[{"id":"S1","name":"null","description":null},{"id":"S2","name":"[null","description":null}]}""";
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(Body));

        var list = LenientReader.Read<SeveritiesListResultV1>(stream, out var warnings);

        Assert.That((list.Severities.Count, warnings.Count), Is.EqualTo((2, 0)));
    }

    [Test]
    public void Read_TwoUnreadableItemsInARow_EachWarningNamesItsOwnIndex()
    {
        const string Body = """{"severities":[{"id":1,"name":"A"},{"id":2,"name":"B"},{"id":"S3","name":"C"},{"id":4,"name":"D"}]}""";

        var list = LenientReader.Read<SeveritiesListResultV1>(Body, out var warnings);

        Assert.That(list.Severities.Select(s => s.Id), Is.EqualTo(new[] { "S3" }));
        Assert.That(warnings.Select(w => w.Field), Is.EqualTo(new[] { "/severities/0", "/severities/1", "/severities/3" }));
    }

    [Test]
    public void Read_NestedListsWithItemsLeftOut_PointersNameTheAnswersIndexesAtEveryLevel()
    {
        const string Body = """{"incidents":[null,{"id":"I1","custom_field_entries":[null,{"values":[null,{"value_text":7},{"value_text":"ok"}]}]}]}""";

        var list = LenientReader.Read<NestedLists>(Body, out var warnings);

        Assert.That(list.Incidents.Single().CustomFieldEntries.Single().Values.Select(v => v.ValueText), Is.EqualTo(new[] { "ok" }));
        Assert.That(
            warnings.Select(w => w.Field).Order(StringComparer.Ordinal),
            Is.EqualTo(new[] { "/incidents/0", "/incidents/1/custom_field_entries/0", "/incidents/1/custom_field_entries/1/values/0", "/incidents/1/custom_field_entries/1/values/1" }));
    }

    [TestCase("null")]
    [TestCase("42")]
    public void Read_NeededMemberOfAListItemUnreadable_OneWarningAtTheItemNamingTheMember(string id)
    {
        var body = $$"""{"severities":[{"id":{{id}},"name":"Minor"},{"id":"S2","name":"Major"}]}""";

        var list = LenientReader.Read<SeveritiesListResultV1>(body, out var warnings);

        Assert.That(list.Severities.Select(s => s.Id), Is.EqualTo(new[] { "S2" }));
        Assert.That(warnings.Single().Field, Is.EqualTo("/severities/0"));
        Assert.That(warnings.Single().Message, Is.EqualTo("left out: it needs 'id', which is missing or unreadable"));
    }

    [Test]
    public void Read_PassThroughObjectOfAnotherType_LeftOutNotPassedOn()
    {
        const string Body = """{"follow_up":{"id":"F1","incident_id":"I1","title":"t","status":"outstanding","creator":"someone"}}""";

        var created = LenientReader.Read<FollowUpsCreateResultV2>(Body, out var warnings);

        Assert.That(created.FollowUp.Creator, Is.Null);
        Assert.That(warnings.Select(w => (w.Field, w.Message)), Is.EqualTo(new[] { ("/follow_up/creator", "left out: not an object") }));
    }

    [Test]
    public void Read_NestedObjectLackingItsId_ObjectLeftOutIncidentKept()
    {
        var body = IncidentBodies.Show.Replace("\"severity\":{\"id\":\"S1\",", "\"severity\":{", StringComparison.Ordinal);

        var show = LenientReader.Read<IncidentsShowResultV2>(body, out var warnings);

        Assert.Multiple(() =>
        {
            Assert.That(show.Incident.Severity, Is.Null);
            Assert.That(warnings.Single().Field, Is.EqualTo("/incident/severity"));
            Assert.That(warnings.Single().Message, Does.Contain("'id'"));
        });
    }

    [Test]
    public void Read_UnknownFieldsAndEnumValues_ReadAsTheyAre()
    {
        var body = IncidentBodies.Show.Replace("\"category\":\"live\"", "\"category\":\"snoozed\",\"brand_new\":{\"x\":1}", StringComparison.Ordinal)
            .Replace("\"mode\":\"standard\"", "\"mode\":\"drill\"", StringComparison.Ordinal);

        var show = LenientReader.Read<IncidentsShowResultV2>(body, out var warnings);

        Assert.Multiple(() =>
        {
            Assert.That(show.Incident.IncidentStatus.Category, Is.EqualTo("snoozed"));
            Assert.That(show.Incident.Mode, Is.EqualTo("drill"));
            Assert.That(warnings, Is.Empty);
        });
    }

    [TestCase("\"name\":\"Our database is sad\",", "\"name\":null,", "/incident/name")]
    [TestCase("\"name\":\"Our database is sad\",", "", "/incident/name")]
    [TestCase("\"reference\":\"INC-123\",", "\"reference\":[1],", "/incident/reference")]
    [TestCase("\"category\":\"live\",", "", "/incident/incident_status/category")]
    public void Read_NeededFieldMissingNullOrRetyped_FailsNamingIt(string field, string replacement, string expectedField)
    {
        var body = IncidentBodies.Show.Replace(field, replacement, StringComparison.Ordinal);

        var problem = Assert.Throws<LenientReadException>(() => LenientReader.Read<IncidentsShowResultV2>(body, out _));

        Assert.That(problem!.Field, Is.EqualTo(expectedField));
    }

    [Test]
    public void Read_OptionalFieldOfAnotherType_WarningSaysWhatCouldNotBeReadWithoutStjsPosition()
    {
        var body = IncidentBodies.Show.Replace("\"permalink\":\"https://app.incident.io/incidents/123\"", "\"permalink\":42", StringComparison.Ordinal);

        LenientReader.Read<IncidentsShowResultV2>(body, out var warnings);

        Assert.Multiple(() =>
        {
            Assert.That(warnings.Single().Message, Is.EqualTo("left out: not readable as a string"));
            Assert.That(warnings.Single().Code, Is.EqualTo("unreadable"));
        });
    }

    [TestCase("when", "\"yesterday\"", "left out: 'yesterday' is not a date-time")]
    [TestCase("when", "7", "left out: not readable as a date-time")]
    [TestCase("flag", "\"yes\"", "left out: not readable as a boolean")]
    [TestCase("count", "{}", "left out: not readable as a number")]
    [TestCase("ratio", "true", "left out: not readable as a number")]
    [TestCase("amount", "[1.5]", "left out: not readable as a number")]
    [TestCase("items", "\"a\"", "left out: not readable as a list")]
    [TestCase("inner", "[]", "left out: not readable as an object")]
    [TestCase("text", "{}", "left out: not readable as a string")]
    [TestCase("total", "null", "left out: not readable as a number")]
    [TestCase("label", "null", "left out: null, and the plugin needs a value")]
    [TestCase("since", "7", "left out: not readable as a date-time")]
    [TestCase("enabled", "\"yes\"", "left out: not readable as a boolean")]
    public void Read_OptionalFieldOfAnotherKind_WarningNamesTheKindInWords(string field, string value, string expected)
    {
        var body = $$"""{"{{field}}":{{value}},"id":"K1"}""";

        var read = LenientReader.Read<Kinds>(body, out var warnings);

        Assert.Multiple(() =>
        {
            Assert.That(read.Id, Is.EqualTo("K1"));
            Assert.That(warnings.Select(w => (w.Field, w.Message)), Is.EqualTo(new[] { ("/" + field, expected) }));
        });
    }

    [Test]
    public void Read_NeededMemberMissingAtTheTop_FailsNamingItInWords()
    {
        var problem = Assert.Throws<LenientReadException>(() => LenientReader.Read<Kinds>("""{"count":1}""", out _));

        Assert.That((problem!.Field, problem.Message), Is.EqualTo(("/id", "/id: missing or unreadable, and the plugin needs it")));
    }

    [Test]
    public void Read_StreamNotAtItsStart_ReadsFromItsPosition()
    {
        var prefix = Encoding.UTF8.GetBytes("ignored ");
        using var stream = new MemoryStream([.. prefix, .. Encoding.UTF8.GetBytes("""{"id":"K1","count":2}""")]);
        stream.Position = prefix.Length;

        var read = LenientReader.Read<Kinds>(stream, out var warnings);

        Assert.That((read.Id, read.Count, warnings.Count), Is.EqualTo(("K1", 2, 0)));
    }

    [Test]
    public void Read_JsonNullStream_FailsForTheWholeBodySayingItIsEmpty()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("null"));

        var problem = Assert.Throws<LenientReadException>(() => LenientReader.Read<Kinds>(stream, out _));

        Assert.That((problem!.Field, problem.Message), Is.EqualTo(("", "the body: the body is empty (JSON null)")));
    }

    [Test]
    public void Read_NumberWrittenAsAString_ReadAsTheNumber()
    {
        var read = LenientReader.Read<Kinds>("""{"id":"K1","count":"7","amount":"1.5"}""", out var warnings);

        Assert.That((read.Count, read.Amount, warnings.Count), Is.EqualTo((7, 1.5m, 0)));
    }

    [Test]
    public void Read_ListItemLackingWhatThePluginNeeds_ItemLeftOutOthersKept()
    {
        var page = IncidentPages.Page(["A", "B", "C"], after: null);
        page["incidents"]![1]!.AsObject().Remove("reference");

        var list = LenientReader.Read<IncidentsListResultV2>(page.ToJsonString(), out var warnings);

        Assert.Multiple(() =>
        {
            Assert.That(list.Incidents.Select(i => i.Id), Is.EqualTo(new[] { "A", "C" }));
            Assert.That(warnings.Select(w => w.Field), Is.EqualTo(new[] { "/incidents/1" }));
        });
    }

    [TestCase(1)]
    [TestCase(64)]
    public void Read_UpTo64UnreadableValues_LeavesEachOutWithAWarning(int unreadable)
    {
        var list = LenientReader.Read<IncidentsListResultV2>(PageWithUnreadablePermalinks(unreadable), out var warnings);

        Assert.Multiple(() =>
        {
            Assert.That(list.Incidents, Has.Count.EqualTo(unreadable));
            Assert.That(warnings, Has.Count.EqualTo(unreadable));
            Assert.That(warnings[^1].Field, Is.EqualTo($"/incidents/{unreadable - 1}/permalink"));
        });
    }

    [Test]
    public void Read_MoreThan64UnreadableValues_GivesUpNamingTheNextOneAndListingWhatWasLeftOut()
    {
        var problem = Assert.Throws<LenientReadException>(() => LenientReader.Read<IncidentsListResultV2>(PageWithUnreadablePermalinks(65), out _));

        Assert.Multiple(() =>
        {
            Assert.That(problem!.Field, Is.EqualTo("/incidents/64/permalink"));
            Assert.That(problem.LeftOut, Has.Count.EqualTo(64));
        });
    }

    [Test]
    public void Read_JsonNull_FailsForTheWholeBody()
    {
        var problem = Assert.Throws<LenientReadException>(() => LenientReader.Read<IncidentsShowResultV2>("null", out _));

        Assert.Multiple(() =>
        {
            Assert.That(problem!.Field, Is.Empty);
            Assert.That(problem.Message, Is.EqualTo("the body: the body is empty (JSON null)"));
            Assert.That(problem.LeftOut, Is.Empty);
        });
    }

    [TestCase("<html>502 Bad Gateway</html>")]
    [TestCase("{\"incident\":")]
    public void Read_NotJson_FailsForTheWholeBodySayingSo(string body)
    {
        var problem = Assert.Throws<LenientReadException>(() => LenientReader.Read<IncidentsShowResultV2>(body, out _));

        Assert.Multiple(() =>
        {
            Assert.That(problem!.Field, Is.Empty);
            Assert.That(problem.Message, Does.StartWith("the body: not JSON: ").And.Not.Contain(" Path: "));
        });
    }

    // A cut-off answer that reached a null item before breaking off is still not JSON, from text or from bytes.
    [TestCase("{\"severities\":[null,")]
    [TestCase("{\"severities\":[null]} trailing")]
    public void Read_NotJsonWithANullItem_FailsForTheWholeBodySayingSo(string body)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(body));

        var fromText = Assert.Throws<LenientReadException>(() => LenientReader.Read<SeveritiesListResultV1>(body, out _));
        var fromStream = Assert.Throws<LenientReadException>(() => LenientReader.Read<SeveritiesListResultV1>(stream, out _));

        Assert.Multiple(() =>
        {
            Assert.That(fromText!.Field, Is.Empty);
            Assert.That(fromText.Message, Does.StartWith("the body: not JSON: ").And.Not.Contain(" Path: "));
            Assert.That(fromStream!.Message, Is.EqualTo(fromText.Message));
        });
    }

    [Test]
    public void Read_JsonNullForAValueType_FailsForTheWholeBodySayingItIsEmpty()
    {
        var problem = Assert.Throws<LenientReadException>(() => LenientReader.Read<int>("null", out _));

        Assert.That((problem!.Field, problem.Message, problem.LeftOut.Count), Is.EqualTo(("", "the body: the body is empty (JSON null)", 0)));
    }

    [Test]
    public void Read_NotJson_SaysWhatIsWrongWithoutThePosition()
    {
        var problem = Assert.Throws<LenientReadException>(() => LenientReader.Read<IncidentsShowResultV2>("<html>502 Bad Gateway</html>", out _));

        Assert.That(problem!.Message, Is.EqualTo("the body: not JSON: '<' is an invalid start of a value"));
    }

    // Which of two values of one member is meant is unclear; reading either would be a guess.
    [TestCase("""{"severities":[{"id":"S1","name":"Minor"}],"severities":[]}""", "severities", TestName = "Read_MemberNamedTwice_FailsForTheWholeBodyNamingIt")]
    [TestCase("""{"severities":[{"id":"S1","name":"Minor","name":"Major"}]}""", "name", TestName = "Read_MemberOfAListItemNamedTwice_FailsForTheWholeBodyNamingIt")]
    [TestCase("""{"severities":[{"id":"S1","name":"Minor","description":7},null],"severities":[]}""", "severities", TestName = "Read_MemberNamedTwiceBesideANullItem_FailsForTheWholeBodyNamingIt")]
    [TestCase("""{"severities":[{"id":"S1","name":"Minor"},{"id":"S2","name":"Major","description":7}],"severities":[{"id":"S3","name":"Minor"}]}""", "severities", TestName = "Read_MemberNamedTwiceBesideAnUnreadableValue_FailsForTheWholeBodyNamingIt")]
    public void Read_MemberNamedTwice_FailsForTheWholeBodyNamingIt(string body, string member)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(body));

        var fromText = Assert.Throws<LenientReadException>(() => LenientReader.Read<SeveritiesListResultV1>(body, out _));
        var fromStream = Assert.Throws<LenientReadException>(() => LenientReader.Read<SeveritiesListResultV1>(stream, out _));

        Assert.Multiple(() =>
        {
            Assert.That((fromText!.Field, fromText.Message, fromText.LeftOut.Count), Is.EqualTo(
                ("", $"the body: names the member '{member}' twice in one object, so which value is meant is unclear", 0)));
            Assert.That(fromStream!.Message, Is.EqualTo(fromText.Message));
        });
    }

    // "/severities/1" is the start of "/severities/10": leaving out item 1 must not take item 10's warning with it.
    [Test]
    public void Read_ItemLeftOutWhoseIndexStartsAnotherLeftOutItemsIndex_BothWarningsKept()
    {
        var items = Enumerable.Range(0, 10).Select(i => i == 1 ? """{"id":42,"name":"Minor"}""" : $$"""{"id":"S{{i}}","name":"Minor"}""");
        var body = $$"""{"severities":[{{string.Join(",", items)}},null]}""";

        var list = LenientReader.Read<SeveritiesListResultV1>(body, out var warnings);

        Assert.Multiple(() =>
        {
            Assert.That(list.Severities, Has.Count.EqualTo(9));
            Assert.That(warnings.Select(w => w.Field), Is.EqualTo(new[] { "/severities/10", "/severities/1" }));
        });
    }

    [Test]
    public void Read_WholeBodyOfAnotherType_FailsForTheWholeBody()
    {
        var problem = Assert.Throws<LenientReadException>(() => LenientReader.Read<IncidentsShowResultV2>("[1,2]", out _));

        Assert.That(problem!.Field, Is.Empty);
    }

    private static string PageWithUnreadablePermalinks(int count)
    {
        var page = IncidentPages.Page(IncidentPages.Ids("I", count), after: null);
        foreach (var incident in page["incidents"]!.AsArray())
        {
            incident!["permalink"] = 42;
        }

        return page.ToJsonString();
    }

    [Test]
    public void Read_StreamWithProblems_SameValueAndWarningsAsTheText()
    {
        var body = IncidentBodies.Show.Replace("\"permalink\":\"https://app.incident.io/incidents/123\"", "\"permalink\":42", StringComparison.Ordinal)
            .Replace("\"severity\":{\"id\":\"S1\",", "\"severity\":{", StringComparison.Ordinal);

        var fromText = LenientReader.Read<IncidentsShowResultV2>(body, out var textWarnings);
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(body));
        var fromStream = LenientReader.Read<IncidentsShowResultV2>(stream, out var streamWarnings);

        Assert.Multiple(() =>
        {
            Assert.That(streamWarnings.Select(w => w.Field), Is.EqualTo(new[] { "/incident/permalink", "/incident/severity" }).AsCollection);
            Assert.That(streamWarnings, Is.EqualTo(textWarnings).AsCollection);
            Assert.That(fromStream.Incident.Reference, Is.EqualTo(fromText.Incident.Reference));
            Assert.That(fromStream.Incident.Severity, Is.Null);
        });
    }

    [Test]
    public void Read_StreamLackingANeededField_FailsNamingIt()
    {
        var body = IncidentBodies.Show.Replace("\"name\":\"Our database is sad\",", "\"name\":null,", StringComparison.Ordinal);
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(body));

        var problem = Assert.Throws<LenientReadException>(() => LenientReader.Read<IncidentsShowResultV2>(stream, out _));

        Assert.That(problem!.Field, Is.EqualTo("/incident/name"));
    }

    [TestCase("")]
    [TestCase("  \r\n")]
    public void Read_BlankStream_ReadsAsJsonNull(string body)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(body));

        var value = LenientReader.Read<JsonElement>(stream, out var warnings);

        Assert.Multiple(() =>
        {
            Assert.That(value.ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(warnings, Is.Empty);
        });
    }

    [Test]
    public void Read_BlankStreamForAModel_FailsAsAnEmptyBody()
    {
        using var stream = new MemoryStream([]);

        var problem = Assert.Throws<LenientReadException>(() => LenientReader.Read<IncidentsShowResultV2>(stream, out _));

        Assert.That(problem!.Message, Does.Contain("empty"));
    }

    // One optional member of each kind the reader names in words, and one that may be absent but never null.
    private sealed record Kinds
    {
        public required string Id { get; init; }

        public DateTimeOffset? When { get; init; }

        public bool? Flag { get; init; }

        public int? Count { get; init; }

        public double? Ratio { get; init; }

        public decimal? Amount { get; init; }

        public IReadOnlyList<string>? Items { get; init; }

        public NestedValue? Inner { get; init; }

        public string? Text { get; init; }

        public long Total { get; init; }

        public string Label { get; init; } = "";

        public DateTimeOffset Since { get; init; }

        public bool Enabled { get; init; }
    }

    // A list inside a list item inside a list, each with a required member, as incident.io's incidents and their custom field entries.
    private sealed record NestedLists
    {
        public required IReadOnlyList<NestedIncident> Incidents { get; init; }
    }

    private sealed record NestedIncident
    {
        public required string Id { get; init; }

        public required IReadOnlyList<NestedEntry> CustomFieldEntries { get; init; }
    }

    private sealed record NestedEntry
    {
        public required IReadOnlyList<NestedValue> Values { get; init; }
    }

    private sealed record NestedValue
    {
        public required string ValueText { get; init; }
    }
}
