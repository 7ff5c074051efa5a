using IncidentIo.Simulator.Tests.Support;

namespace IncidentIo.Simulator.Tests.Users;

[TestFixture]
public sealed class UserEndpointsTests
{
    private SimulatorHarness _harness = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => _harness = await SimulatorHarness.StartAsync();

    [OneTimeTearDown]
    public async Task StopAsync() => await _harness.DisposeAsync();

    [TestCase("", new[] { "Alice Example", "Bob Example", "Carol Example" })]
    [TestCase("?include_inactive=true", new[] { "Alice Example", "Bob Example", "Carol Example", "Dave Former" })]
    [TestCase("?email=ALICE@example.com", new[] { "Alice Example" })]
    [TestCase("?slack_user_id=U0BOB", new[] { "Bob Example" })]
    [TestCase("?email=dave@example.com", new string[0])]
    public async Task List_Filters_KeepTheMatchingUsers(string query, string[] expected)
    {
        var (status, body) = await _harness.GetAsync("/v2/users" + query);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(status, Is.EqualTo(200));
            Assert.That(body["users"]!.AsArray().Select(u => (string?)u!["name"]), Is.EqualTo(expected));
        }
    }

    [Test]
    public async Task List_PageOfTwo_ContinuesAfterTheLastId()
    {
        var (_, first) = await _harness.GetAsync("/v2/users?page_size=2");
        var (_, second) = await _harness.GetAsync($"/v2/users?page_size=2&after={first["pagination_meta"]!["after"]}");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(first["users"]!.AsArray(), Has.Count.EqualTo(2));
            Assert.That((string?)second["users"]![0]!["name"], Is.EqualTo("Carol Example"));
            Assert.That(second["pagination_meta"]!.AsObject().ContainsKey("after"), Is.False);
        }
    }
}
