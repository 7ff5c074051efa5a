using System.Text.Json;
using IncidentIo.Plugin.Client;

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
}
