using System.Text.Json;
using IncidentIo.Plugin.Client;
using Workflow.Abstractions;

namespace IncidentIo.Plugin.Tests.Client;

[TestFixture]
public sealed class DeepObjectQueryTests
{
    [Test]
    public void Add_NestedObjectsAndLists_WritesOneBracketKeyPerValueInOrder()
    {
        var request = new ApiRequest(IncidentIoOperations.ListIncidents);

        var problems = DeepObjectQuery.Add(request, "custom_field",
            JsonDocument.Parse("""{"F1":{"one_of":["a","b"]},"F2":{"is_set":true,"n":[1.5]}}""").RootElement, "/custom_field");

        Assert.Multiple(() =>
        {
            Assert.That(problems, Is.Empty);
            Assert.That(request.Query.Select(q => $"{q.Key}={q.Value}"), Is.EqualTo(new[]
            {
                "custom_field[F1][one_of]=a", "custom_field[F1][one_of]=b", "custom_field[F2][is_set]=true", "custom_field[F2][n]=1.5",
            }));
        });
    }

    [Test]
    public void Add_ObjectInsideAList_IsAProblemNamingIt()
    {
        var problems = DeepObjectQuery.Add(new ApiRequest(IncidentIoOperations.ListIncidents), "status",
            JsonDocument.Parse("""{"one_of":["a",{"x":1}]}""").RootElement, "/status");

        Assert.That(problems.Select(p => p.Field), Is.EqualTo(new[] { "/status/one_of/1" }));
    }

    [Test]
    public void Add_FalseAndNullValues_FalseIsSentNullIsLeftOut()
    {
        var request = new ApiRequest(IncidentIoOperations.ListIncidents);

        var problems = DeepObjectQuery.Add(request, "f", JsonDocument.Parse("""{"a":false,"b":null,"c":[null,"x"]}""").RootElement, "/f");

        Assert.Multiple(() =>
        {
            Assert.That(problems, Is.Empty);
            Assert.That(request.Query.Select(q => $"{q.Key}={q.Value}"), Is.EqualTo(new[] { "f[a]=false", "f[c]=x" }));
        });
    }

    [Test]
    public void Add_ListInsideAList_IsAProblemSayingWhatAListMayHold()
    {
        var request = new ApiRequest(IncidentIoOperations.ListIncidents);

        var problems = DeepObjectQuery.Add(request, "status", JsonDocument.Parse("""{"one_of":[["a"],"b"]}""").RootElement, "/status");

        Assert.Multiple(() =>
        {
            Assert.That(problems.Single(), Is.EqualTo(new ActionErrorDetail(
                "/status/one_of/0", "a list may only hold text, numbers or booleans", "invalid_type")));
            Assert.That(request.Query.Select(q => $"{q.Key}={q.Value}"), Is.EqualTo(new[] { "status[one_of]=b" }));
        });
    }

    [Test]
    public void Add_PropertyNameWithASlash_IsEscapedInThePointer()
    {
        var problems = DeepObjectQuery.Add(new ApiRequest(IncidentIoOperations.ListIncidents), "custom_field",
            JsonDocument.Parse("""{"a/b":{"one_of":[{}]}}""").RootElement, "/custom_field");

        Assert.That(problems.Single().Field, Is.EqualTo("/custom_field/a~1b/one_of/0"));
    }
}
