using System.Web;
using IncidentIo.Plugin.Actions.ListUsers;
using IncidentIo.Plugin.Tests.Support;
using WireMock.ResponseBuilders;

namespace IncidentIo.Plugin.Tests.Actions.ListUsers;

[TestFixture]
public sealed class ListUsersActionTests : StubFixture
{
    private static string Page(string? after, params string[] names)
    {
        var users = names.Select(n => $$$"""{"id":"U-{{{n}}}","name":"{{{n}}}","is_active":true,"role":"responder","base_role":{"id":"R","name":"Responder","slug":"responder"},"custom_roles":[],"seats":{"on_call":"none","response":"full_access"}}""");
        var cursor = after is null ? "" : $",\"after\":\"{after}\"";
        return $$$"""{"users":[{{{string.Join(",", users)}}}],"pagination_meta":{"page_size":2{{{cursor}}}}}""";
    }

    [Test]
    public async Task ExecuteAsync_Email_IsAServerFilterOnOnePage()
    {
        Stub.Returns("GET", "/v2/users", 200, Page("U-Alice", "Alice"));

        var output = await ActionRuns.OutputAsync(new ListUsersAction(Clients), Stub.Connection(), new { email = "alice@example.com", include_inactive = true });

        var query = HttpUtility.ParseQueryString(Stub.LastRequest.RawQuery!);
        Assert.Multiple(() =>
        {
            Assert.That(query["email"], Is.EqualTo("alice@example.com"));
            Assert.That(query["include_inactive"], Is.EqualTo("true"));
            Assert.That(Stub.RequestCount, Is.EqualTo(1));
            Assert.That((string?)output["next_cursor"], Is.EqualTo("U-Alice"));
        });
    }

    [Test]
    public async Task ExecuteAsync_Name_ReadsPagesUntilEnoughMatches()
    {
        Stub.ReturnsInTurn(
            "GET",
            "/v2/users",
            r => Json(r, Page("U-Bob", "Alice", "Bob")),
            r => Json(r, Page("U-Dave", "Carol", "Dave")),
            r => Json(r, Page(null, "Alicia", "Eve")));

        var output = await ActionRuns.OutputAsync(new ListUsersAction(Clients), Stub.Connection(), new { name = "ALI", page_size = 2 });

        Assert.Multiple(() =>
        {
            Assert.That(output["users"]!.AsArray().Select(u => (string?)u!["name"]), Is.EqualTo(new[] { "Alice", "Alicia" }));
            Assert.That(Stub.RequestCount, Is.EqualTo(3));
            Assert.That(HttpUtility.ParseQueryString(Stub.LastRequest.RawQuery!)["after"], Is.EqualTo("U-Dave"));
            Assert.That(HttpUtility.ParseQueryString(Stub.LastRequest.RawQuery!)["name"], Is.Null, "incident.io has no name filter");
        });
    }

    [Test]
    public async Task ExecuteAsync_NameWithFewerMatchesThanAPageOnTheLastPage_ReadsItOnce()
    {
        Stub.Returns("GET", "/v2/users", 200, Page(null, "Alice", "Bob"));

        var output = await ActionRuns.OutputAsync(new ListUsersAction(Clients), Stub.Connection(), new { name = "ali", page_size = 2 });

        Assert.Multiple(() =>
        {
            Assert.That(output["users"]!.AsArray().Select(u => (string?)u!["name"]), Is.EqualTo(new[] { "Alice" }));
            Assert.That(Stub.RequestCount, Is.EqualTo(1), "a page without a cursor is the last one");
            Assert.That(output["next_cursor"], Is.Null);
        });
    }

    private static IResponseBuilder Json(IResponseBuilder response, string body) =>
        response.WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(body);

    [Test]
    public async Task ExecuteAsync_InputNotAnObject_IsValidationFailedWithoutRequest()
    {
        await ActionRuns.NotAnObjectAsync(new ListUsersAction(Clients), Stub.Connection());

        Assert.That(Stub.RequestCount, Is.Zero);
    }

    [Test]
    public async Task ExecuteAsync_NameWithEnoughMatchesOnTheFirstPage_StopsThereWithItsCursor()
    {
        Stub.ReturnsInTurn(
            "GET",
            "/v2/users",
            r => Json(r, Page("U-Alicia", "Alice", "Alicia")),
            r => Json(r, Page(null, "Alina")));

        var output = await ActionRuns.OutputAsync(new ListUsersAction(Clients), Stub.Connection(), new { name = "ali", page_size = 2 });

        Assert.Multiple(() =>
        {
            Assert.That(output["users"]!.AsArray().Select(u => (string?)u!["name"]), Is.EqualTo(new[] { "Alice", "Alicia" }));
            Assert.That(Stub.RequestCount, Is.EqualTo(1));
            Assert.That((string?)output["next_cursor"], Is.EqualTo("U-Alicia"));
        });
    }

    [Test]
    public async Task ExecuteAsync_EmptyCursor_IsNoNextCursor()
    {
        Stub.Returns("GET", "/v2/users", 200, Page("", "Alice"));

        var output = await ActionRuns.OutputAsync(new ListUsersAction(Clients), Stub.Connection());

        Assert.That(output["next_cursor"], Is.Null);
    }

    [Test]
    public async Task ExecuteAsync_UnreadableUser_IsLeftOutWithAWarning()
    {
        Stub.Returns("GET", "/v2/users", 200, """{"users":[{"id":"U-1","name":"Alice","role":"responder"},{"id":7}],"pagination_meta":{"page_size":25}}""");

        var result = await new ListUsersAction(Clients).ExecuteAsync(Connections.Context(Stub.Connection()), CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(result.IsSuccess, Is.True);
            Assert.That(result.Warnings.Select(w => w.Field), Is.EqualTo(new[] { "/users/1" }));
        });
    }
}
