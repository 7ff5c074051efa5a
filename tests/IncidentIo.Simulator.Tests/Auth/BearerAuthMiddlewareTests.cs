using IncidentIo.Simulator.Tests.Support;

namespace IncidentIo.Simulator.Tests.Auth;

[TestFixture]
public sealed class BearerAuthMiddlewareTests
{
    [TestCase("/v1/severities")]
    [TestCase("/v2/incidents")]
    [TestCase("/v1/identity")]
    public async Task InvokeAsync_NoAuthorizationHeader_Returns401MissingAuthorizationMaterial(string path)
    {
        await using var harness = await SimulatorHarness.StartAsync();
        using var anonymous = harness.ClientWith(null);

        using var response = await anonymous.GetAsync(new Uri(path, UriKind.Relative));

        var body = await ErrorBody.AssertAsync(response, 401, "authentication_error");
        Assert.That(body.Code(), Is.EqualTo("missing_authorization_material"));
    }

    [Test]
    public async Task InvokeAsync_WrongKey_Returns401InvalidAuthorizationMaterialWithoutEchoingTheKey()
    {
        await using var harness = await SimulatorHarness.StartAsync();
        using var wrong = harness.ClientWith("not-the-key-123");

        using var response = await wrong.GetAsync(new Uri("/v1/severities", UriKind.Relative));

        var body = await ErrorBody.AssertAsync(response, 401, "authentication_error");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(body.Code(), Is.EqualTo("invalid_authorization_material"));
            Assert.That(body.ToJsonString(), Does.Not.Contain("not-the-key-123"));
            Assert.That(response.Headers.Contains("X-RateLimit-Limit"), Is.False, "unauthenticated requests carry no allowance");
        }
    }
}
