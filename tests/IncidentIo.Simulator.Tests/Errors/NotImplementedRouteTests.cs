using IncidentIo.Simulator.Errors;
using IncidentIo.Simulator.Tests.Support;

namespace IncidentIo.Simulator.Tests.Errors;

// Issue 11: a route the simulator does not implement is a 501 naming the simulator, never incident.io's 404 "no resource".
[TestFixture]
public sealed class NotImplementedRouteTests
{
    [TestCase("GET", "/v1/custom_fields")]
    [TestCase("DELETE", "/v2/incidents/1")]
    [TestCase("DELETE", "/v2/incidents")]
    [TestCase("GET", "/v3/nothing")]
    public async Task For_RouteTheSimulatorLacks_501NamingTheSimulatorMethodAndPath(string method, string path)
    {
        await using var harness = await SimulatorHarness.StartAsync();
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative));

        using var response = await harness.Client.SendAsync(request);

        var body = await ErrorBody.AssertAsync(response, 501, SimulatorErrors.NotImplementedType);
        using (Assert.EnterMultipleScope())
        {
            Assert.That((string?)body["simulator"]!["name"], Is.EqualTo("incident.io simulator"));
            Assert.That((string?)body["simulator"]!["method"], Is.EqualTo(method));
            Assert.That((string?)body["simulator"]!["path"], Is.EqualTo(path));
            Assert.That((string?)body["errors"]![0]!["message"], Does.Contain($"simulator does not implement {method} {path}").And.Contain("--base-url https://api.incident.io"));
        }
    }

    [Test]
    public async Task For_ImplementedRouteWithAnUnknownId_StillIncidentIosOwn404()
    {
        await using var harness = await SimulatorHarness.StartAsync();

        using var response = await harness.Client.GetAsync(new Uri("/v2/incidents/01HZZZZZZZZZZZZZZZZZZZZZZZ", UriKind.Relative));

        await ErrorBody.AssertAsync(response, 404, "not_found");
    }

    [Test]
    public async Task For_NoKey_AuthComesFirst()
    {
        await using var harness = await SimulatorHarness.StartAsync();
        using var anonymous = harness.ClientWith(null);

        using var response = await anonymous.GetAsync(new Uri("/v1/custom_fields", UriKind.Relative));

        await ErrorBody.AssertAsync(response, 401, "authentication_error");
    }
}
