using System.Text.Json.Nodes;
using IncidentIo.Plugin.Actions;
using IncidentIo.Plugin.Client;
using Workflow.Abstractions;

namespace IncidentIo.Plugin.Tests.Actions;

[TestFixture]
public sealed class ListFiltersTests
{
    [TestCase(1)]
    [TestCase(250)]
    public void AddPage_PageSizeAtEitherLimit_IsSent(int pageSize)
    {
        var request = new ApiRequest(IncidentIoOperations.ListAlerts);

        var problems = ListFilters.AddPage(request, new JsonObject { ["page_size"] = pageSize }, 25, 250);

        Assert.Multiple(() =>
        {
            Assert.That(problems, Is.Empty);
            Assert.That(request.Query, Is.EqualTo(new[] { KeyValuePair.Create("page_size", pageSize.ToString(System.Globalization.CultureInfo.InvariantCulture)) }));
        });
    }

    [TestCase("0")]
    [TestCase("251")]
    [TestCase("2.5")]
    [TestCase("\"10\"")]
    public void AddPage_PageSizeOutOfRange_IsOneProblemNamingTheLimit(string pageSize)
    {
        var input = JsonNode.Parse($$"""{"page_size":{{pageSize}}}""")!.AsObject();

        var problems = ListFilters.AddPage(new ApiRequest(IncidentIoOperations.ListAlerts), input, 25, 250);

        Assert.That(problems, Is.EqualTo(new[] { new ActionErrorDetail("/page_size", "must be an integer from 1 to 250", "out_of_range") }));
    }

    [Test]
    public void AddPage_FilterNotAnObject_IsAProblemAtItsPointer()
    {
        var input = JsonNode.Parse("""{"status":["firing"],"after":"A1"}""")!.AsObject();
        var request = new ApiRequest(IncidentIoOperations.ListAlerts);

        var problems = ListFilters.AddPage(request, input, 25, 250, "status");

        Assert.Multiple(() =>
        {
            Assert.That(problems, Is.EqualTo(new[]
            {
                new ActionErrorDetail("/status", "must be an object of operator to values, e.g. {\"one_of\": [\"firing\"]}", "invalid_type"),
            }));
            Assert.That(request.Query.Select(q => $"{q.Key}={q.Value}"), Is.EqualTo(new[] { "page_size=25", "after=A1" }));
        });
    }

    [Test]
    public void AddPage_FilterObject_IsSentInBracketFormAndOthersLeftOutAreSkipped()
    {
        var input = JsonNode.Parse("""{"status":{"one_of":["firing"]}}""")!.AsObject();
        var request = new ApiRequest(IncidentIoOperations.ListAlerts);

        var problems = ListFilters.AddPage(request, input, 25, 250, "deduplication_key", "status");

        Assert.Multiple(() =>
        {
            Assert.That(problems, Is.Empty);
            Assert.That(request.Query.Select(q => $"{q.Key}={q.Value}"), Is.EqualTo(new[] { "page_size=25", "status[one_of]=firing" }));
        });
    }

    [Test]
    public void AddPage_BadValueInsideAFilter_ProblemPointsIntoTheFilter()
    {
        var input = JsonNode.Parse("""{"status":{"one_of":["firing",{"x":1}]}}""")!.AsObject();

        var problems = ListFilters.AddPage(new ApiRequest(IncidentIoOperations.ListAlerts), input, 25, 250, "status");

        Assert.That(problems.Select(p => p.Field), Is.EqualTo(new[] { "/status/one_of/1" }));
    }

    [Test]
    public void Invalid_Problems_IsValidationFailedNamingEachFieldInOrder()
    {
        var error = ListFilters.Invalid(
        [
            new ActionErrorDetail("/page_size", "must be an integer from 1 to 250", "out_of_range"),
            new ActionErrorDetail("/status", "must be an object", "invalid_type"),
        ]);

        Assert.Multiple(() =>
        {
            Assert.That(error.Code, Is.EqualTo(ActionErrorCodes.ValidationFailed));
            Assert.That(error.Message, Is.EqualTo("Invalid list input: /page_size must be an integer from 1 to 250; /status must be an object"));
            Assert.That(error.Details.Select(d => d.Field), Is.EqualTo(new[] { "/page_size", "/status" }));
        });
    }
}
