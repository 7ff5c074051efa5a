using System.Text.Json.Nodes;
using IncidentIo.Plugin.Actions.CallApi;
using IncidentIo.Plugin.Tests.Support;
using Workflow.Abstractions;

namespace IncidentIo.Plugin.Tests.Actions.CallApi;

[TestFixture]
public sealed class CallApiActionTests : StubFixture
{
    private IncidentIoStub _elsewhere = null!;

    // {other} is the second listener's host:port: a request there would leak the key.
    private static readonly string[] HostilePaths =
    [
        "https://evil.example/v1/identity",
        "http://{other}/v1/identity",
        "//{other}/v1/identity",
        "//evil.example/v1/identity",
        "javascript:alert(1)",
        "file:///etc/passwd",
        "\\\\evil.example\\v1\\identity",
        "/v1\\..\\identity",
        "/v1/../v2/incidents",
        "/v1/./identity",
        "/v1/..",
        "/v1/%2e%2e/identity",
        "/v1/%2E%2E/%2E%2E/identity",
        "/v1/.%2e/identity",
        "/v1/%252e%252e/identity",
        "/v1/a%2fb",
        "/v1/a%5cb",
        "/v1/%00",
        "/v1/identity\r\nX-Injected: 1",
        "/v1/identity%0d%0aX-Injected:%201",
        "/v1/ident ity",
        "/v1/identity\t",
        "/v1/identity?page_size=1",
        "/v1/identity#frag",
        "/v1/@{other}/identity",
        "/v1//{other}/identity",
        "/v1/identit\u00e9",
        "/v1/%zz",
        "v1/identity",
        "/identity",
        "",
    ];

    [OneTimeSetUp]
    public void StartElsewhere() => _elsewhere = IncidentIoStub.Start();

    [OneTimeTearDown]
    public void StopElsewhere() => _elsewhere.Dispose();

    [SetUp]
    public void ResetElsewhere() => _elsewhere.Reset();

    private static IEnumerable<TestCaseData> Hostile() =>
        HostilePaths.Select(p => new TestCaseData(p).SetArgDisplayNames(JsonValue.Create(p)!.ToJsonString()));

    [TestCaseSource(nameof(Hostile))]
    public async Task ExecuteAsync_HostilePath_IsRefusedNamingPathWithoutAnyRequest(string path)
    {
        _elsewhere.Returns("GET", "/*", 200, "{}");
        Stub.Returns("GET", "/*", 200, "{}");
        var hostile = path.Replace("{other}", new Uri(_elsewhere.Url).Authority, StringComparison.Ordinal);

        var error = await ActionRuns.ErrorAsync(new CallApiAction(Clients), Stub.Connection(), new { method = "GET", path = hostile });

        Assert.Multiple(() =>
        {
            Assert.That(error.Code, Is.EqualTo(ActionErrorCodes.ValidationFailed));
            Assert.That(error.Details.Select(d => d.Field), Is.EqualTo(new[] { "/path" }));
            Assert.That(Stub.RequestCount + _elsewhere.RequestCount, Is.Zero);
        });
    }

    [TestCase("/v1/identity")]
    [TestCase("/v2/incidents/01FDAG4SAP5TYPT98WGR2N7W91/actions/edit")]
    [TestCase("/v12/things/x.y_z~1")]
    public async Task ExecuteAsync_CleanPath_IsSentToBaseUrlAsGiven(string path)
    {
        Stub.Returns("GET", "/*", 200, "{}");

        await ActionRuns.OutputAsync(new CallApiAction(Clients), Stub.Connection(), new { method = "GET", path });

        Assert.That(new Uri(Stub.LastRequest.Url).PathAndQuery, Is.EqualTo(path));
    }

    [Test]
    public async Task ExecuteAsync_GetWithQuery_RepeatsArrayKeysAndReturnsStatusBodyRequestIdAndSafeHeaders()
    {
        Stub.Returns("GET", "/v2/incidents", 200, """{"incidents":[]}""",
            ("X-Request-Id", "req-1"), ("X-RateLimit-Remaining", "1187"), ("X-RateLimit-Limit", "1200, 1200;window=60"),
            ("Set-Cookie", "session=secret"), ("X-Internal", "nope"));

        var output = await ActionRuns.OutputAsync(new CallApiAction(Clients), Stub.Connection(), new
        {
            method = "GET",
            path = "/v2/incidents",
            query = new Dictionary<string, object> { ["page_size"] = 1, ["status_category[one_of]"] = new[] { "live", "triage" }, ["x"] = true },
        });

        Assert.Multiple(() =>
        {
            Assert.That(Stub.LastRequest.RawQuery, Is.EqualTo("?page_size=1&status_category%5Bone_of%5D=live&status_category%5Bone_of%5D=triage&x=true"));
            Assert.That(Stub.LastRequest.Header("Authorization"), Is.EqualTo($"Bearer {IncidentIoStub.ApiKey}"));
            Assert.That((int?)output["status"], Is.EqualTo(200));
            Assert.That(JsonNode.DeepEquals(output["body"], JsonNode.Parse("""{"incidents":[]}""")), Is.True);
            Assert.That((string?)output["request_id"], Is.EqualTo("req-1"));
            Assert.That(output["headers"]!.AsObject().Select(h => h.Key), Is.EqualTo(new[] { "content-type", "x-ratelimit-limit", "x-ratelimit-remaining" }));
            Assert.That((string?)output["headers"]!["x-ratelimit-remaining"], Is.EqualTo("1187"));
        });
    }

    [Test]
    public async Task ExecuteAsync_PostWithBody_SendsTheBodyAsIs()
    {
        Stub.Returns("POST", "/v2/incidents/1/actions/edit", 200, IncidentBodies.Show);
        var body = """{"incident":{"summary":"Fixed","Odd_Case":null},"notify_incident_channel":false}""";

        await ActionRuns.OutputAsync(new CallApiAction(Clients), Stub.Connection(),
            new { method = "POST", path = "/v2/incidents/1/actions/edit", body = JsonNode.Parse(body) });

        Assert.Multiple(() =>
        {
            Assert.That(Stub.LastRequest.Method, Is.EqualTo("POST"));
            Assert.That(Stub.LastRequest.Body, Is.EqualTo(body));
            Assert.That(Stub.LastRequest.Header("Content-Type"), Does.StartWith("application/json"));
        });
    }

    [Test]
    public async Task ExecuteAsync_TextBody_IsReturnedAsText()
    {
        Stub.Returns("GET", "/v1/ping", 200, "pong", ("Content-Type", "text/plain"));

        var output = await ActionRuns.OutputAsync(new CallApiAction(Clients), Stub.Connection(), new { method = "GET", path = "/v1/ping" });

        Assert.That((string?)output["body"], Is.EqualTo("pong"));
    }

    [Test]
    public async Task ExecuteAsync_NoContent_HasNoBody()
    {
        Stub.Returns("DELETE", "/v1/things/1", 204);

        var output = await ActionRuns.OutputAsync(new CallApiAction(Clients), Stub.Connection(), new { method = "DELETE", path = "/v1/things/1" });

        Assert.Multiple(() =>
        {
            Assert.That((int?)output["status"], Is.EqualTo(204));
            Assert.That(output.ContainsKey("body"), Is.False);
        });
    }

    [Test]
    public async Task ExecuteAsync_Non2xx_IsAnActionErrorWithIncidentIosErrorBody()
    {
        Stub.Returns("GET", "/v1/identity", 409, IncidentIoErrorBodies.Of("conflict", 409, "already_exists", "That already exists"));

        var error = await ActionRuns.ErrorAsync(new CallApiAction(Clients), Stub.Connection(), new { method = "GET", path = "/v1/identity" });

        Assert.Multiple(() =>
        {
            Assert.That(error.Code, Is.EqualTo(ActionErrorCodes.Conflict));
            Assert.That(error.Message, Does.Contain("call GET /v1/identity").And.EndWith(": That already exists"));
            Assert.That(error.HttpStatus, Is.EqualTo(409));
            Assert.That(error.RequestId, Is.EqualTo(IncidentIoErrorBodies.RequestId));
            Assert.That(error.RemoteType, Is.EqualTo("conflict"));
            Assert.That(error.Details, Is.EqualTo(new[] { new ActionErrorDetail(null, "That already exists", "already_exists") }));
        });
    }

    [Test]
    public async Task ExecuteAsync_404_NamesThePath()
    {
        Stub.Returns("GET", "/v1/nothing", 404, IncidentIoErrorBodies.Of("not_found", 404, "not_found", "Not found"));

        var error = await ActionRuns.ErrorAsync(new CallApiAction(Clients), Stub.Connection(), new { method = "GET", path = "/v1/nothing" });

        Assert.That(error.Message, Is.EqualTo("incident.io has no resource at /v1/nothing (404)"));
    }

    [Test]
    public async Task ExecuteAsync_404_HintSaysThePathOrMethodMayNotExist()
    {
        Stub.Returns("DELETE", "/v2/incidents/1", 404, IncidentIoErrorBodies.Of("not_found", 404, "not_found", "Not found"));

        var error = await ActionRuns.ErrorAsync(new CallApiAction(Clients), Stub.Connection(), new { method = "DELETE", path = "/v2/incidents/1" });

        Assert.Multiple(() =>
        {
            Assert.That(error.Code, Is.EqualTo(ActionErrorCodes.NotFound));
            Assert.That(error.Hint, Does.StartWith("The path or the method may not exist"));
            Assert.That(error.Hint, Does.Not.Contain("private incidents"));
        });
    }

    [Test]
    public async Task ExecuteAsync_405_NamesMethodAndPathAndSaysTheRouteMayNotExist()
    {
        Stub.Returns("PUT", "/v1/severities", 405);

        var error = await ActionRuns.ErrorAsync(new CallApiAction(Clients), Stub.Connection(), new { method = "PUT", path = "/v1/severities" });

        Assert.Multiple(() =>
        {
            Assert.That(error.Code, Is.EqualTo(ActionErrorCodes.RequestFailed));
            Assert.That(error.Message, Is.EqualTo("incident.io does not accept PUT /v1/severities (405)"));
            Assert.That(error.Hint, Does.StartWith("The path or the method may not exist"));
        });
    }

    [Test]
    public async Task ExecuteAsync_MethodLeftOut_SendsAGet()
    {
        Stub.Returns("GET", "/v1/identity", 200, "{}");

        await ActionRuns.OutputAsync(new CallApiAction(Clients), Stub.Connection(), new { path = "/v1/identity" });

        Assert.That(Stub.LastRequest.Method, Is.EqualTo("GET"));
    }

    [TestCase("GET", false, 3, TestName = "ExecuteAsync_Get503_IsRetried")]
    [TestCase("POST", false, 1, TestName = "ExecuteAsync_Post503_IsNotRetried")]
    [TestCase("DELETE", false, 1, TestName = "ExecuteAsync_Delete503_IsNotRetried")]
    [TestCase("POST", true, 3, TestName = "ExecuteAsync_Post503WithRetryUnsafe_IsRetried")]
    public async Task ExecuteAsync_503_IsRetriedOnlyWhenSafe(string method, bool retryUnsafe, int attempts)
    {
        Stub.Returns(method, "/v1/things", 503);

        var error = await ActionRuns.ErrorAsync(new CallApiAction(Clients), Stub.Connection(),
            new { method, path = "/v1/things", retry_unsafe = retryUnsafe });

        Assert.Multiple(() =>
        {
            Assert.That(error.Code, Is.EqualTo(ActionErrorCodes.ServerError));
            Assert.That(Stub.RequestCount, Is.EqualTo(attempts));
        });
    }

    [Test]
    public async Task ExecuteAsync_RedirectToAnotherHost_IsNotFollowedAndTheKeyStaysHome()
    {
        _elsewhere.Returns("GET", "/*", 200, "{}");
        Stub.Returns("GET", "/v1/identity", 302, null, ("Location", _elsewhere.Url + "/v1/identity"));

        var error = await ActionRuns.ErrorAsync(new CallApiAction(Clients), Stub.Connection(), new { method = "GET", path = "/v1/identity" });

        Assert.Multiple(() =>
        {
            Assert.That(error.Code, Is.EqualTo(ActionErrorCodes.RequestFailed));
            Assert.That(error.Message, Does.Contain("redirect (HTTP 302 to " + _elsewhere.Url));
            Assert.That(_elsewhere.RequestCount, Is.Zero);
        });
    }

    [TestCase("""{"method":"TRACE","path":"/v1/x"}""", "/method")]
    [TestCase("""{"method":"GET","path":"/v1/x","body":{"a":1}}""", "/body")]
    [TestCase("""{"method":"GET","path":"/v1/x","query":"a=1"}""", "/query")]
    [TestCase("""{"method":"GET","path":"/v1/x","query":{"a":[{"b":1}]}}""", "/query/a/0")]
    public async Task ExecuteAsync_BadInput_IsValidationFailedNamingTheField(string input, string field)
    {
        var error = await ActionRuns.ErrorAsync(new CallApiAction(Clients), Stub.Connection(), JsonNode.Parse(input));

        Assert.Multiple(() =>
        {
            Assert.That(error.Details.Select(d => d.Field), Is.EqualTo(new[] { field }));
            Assert.That(Stub.RequestCount, Is.Zero);
        });
    }

    [Test]
    public async Task ExecuteAsync_SeveralBadFields_AreAllNamedInOneError()
    {
        var error = await ActionRuns.ErrorAsync(new CallApiAction(Clients), Stub.Connection(),
            JsonNode.Parse("""{"method":"TRACE","path":"v1/x","query":"a=1"}"""));

        Assert.Multiple(() =>
        {
            Assert.That(error.Code, Is.EqualTo(ActionErrorCodes.ValidationFailed));
            Assert.That(error.Message, Is.EqualTo("Invalid call_api input: /method must be one of GET, POST, PUT, PATCH, DELETE; "
                + "/path must start with an API version, /v1/, /v2/, …; /query must be an object of parameter names to values"));
            Assert.That(error.Details, Is.EqualTo(new[]
            {
                new ActionErrorDetail("/method", "must be one of GET, POST, PUT, PATCH, DELETE", "invalid_value"),
                new ActionErrorDetail("/path", "must start with an API version, /v1/, /v2/, …", "invalid_path"),
                new ActionErrorDetail("/query", "must be an object of parameter names to values", "invalid_type"),
            }));
            Assert.That(Stub.RequestCount, Is.Zero);
        });
    }

    [TestCase("get", "GET")]
    [TestCase("Put", "PUT")]
    [TestCase("patch", "PATCH")]
    public async Task ExecuteAsync_MethodInAnyCase_IsSentUpperCase(string method, string sent)
    {
        Stub.Returns(sent, "/v1/x", 200, "{}");

        await ActionRuns.OutputAsync(new CallApiAction(Clients), Stub.Connection(), new { method, path = "/v1/x" });

        Assert.That(Stub.LastRequest.Method, Is.EqualTo(sent));
    }

    [Test]
    public async Task ExecuteAsync_GetWithNullBodyAndNullQuery_IsSentWithoutEither()
    {
        Stub.Returns("GET", "/v1/x", 200, "{}");

        await ActionRuns.OutputAsync(new CallApiAction(Clients), Stub.Connection(),
            JsonNode.Parse("""{"method":"GET","path":"/v1/x","body":null,"query":null}"""));

        Assert.Multiple(() =>
        {
            Assert.That(Stub.LastRequest.RawQuery, Is.Empty);
            Assert.That(Stub.LastRequest.Body, Is.Null.Or.Empty);
        });
    }

    [Test]
    public async Task ExecuteAsync_PostWithNullBody_SendsNoBody()
    {
        Stub.Returns("POST", "/v1/x", 200, "{}");

        await ActionRuns.OutputAsync(new CallApiAction(Clients), Stub.Connection(), JsonNode.Parse("""{"method":"POST","path":"/v1/x","body":null}"""));

        Assert.That(Stub.LastRequest.Body, Is.Null.Or.Empty);
    }

    [Test]
    public async Task ExecuteAsync_Forbidden_NamesTheMethodAndPath()
    {
        Stub.Returns("DELETE", "/v1/things/1", 403, "");

        var error = await ActionRuns.ErrorAsync(new CallApiAction(Clients), Stub.Connection(), new { method = "delete", path = "/v1/things/1" });

        Assert.Multiple(() =>
        {
            Assert.That(error.Message, Is.EqualTo("API key does not have permission to call DELETE /v1/things/1 (403)"));
            Assert.That(error.Hint, Does.Not.Contain("This call needs scope"), "call_api knows no scope");
        });
    }

    [Test]
    public async Task ExecuteAsync_JsonLabelledBodyThatIsNotJson_IsReturnedAsText()
    {
        Stub.Returns("GET", "/v1/x", 200, "{not json", ("Content-Type", "application/json"));

        var output = await ActionRuns.OutputAsync(new CallApiAction(Clients), Stub.Connection(), new { method = "GET", path = "/v1/x" });

        Assert.That((string?)output["body"], Is.EqualTo("{not json"));
    }

    [Test]
    public async Task ExecuteAsync_JsonBodyWithAnUpperCaseMediaType_IsParsed()
    {
        Stub.Returns("GET", "/v1/x", 200, """{"a":[1]}""", ("Content-Type", "Application/Problem+JSON"));

        var output = await ActionRuns.OutputAsync(new CallApiAction(Clients), Stub.Connection(), new { method = "GET", path = "/v1/x" });

        Assert.That(JsonNode.DeepEquals(output["body"], JsonNode.Parse("""{"a":[1]}""")), Is.True);
    }

    [Test]
    public async Task ExecuteAsync_JsonTextWithATextMediaType_IsReturnedAsText()
    {
        Stub.Returns("GET", "/v1/x", 200, """{"a":1}""", ("Content-Type", "text/plain"));

        var output = await ActionRuns.OutputAsync(new CallApiAction(Clients), Stub.Connection(), new { method = "GET", path = "/v1/x" });

        Assert.That(output["body"]!.GetValueKind(), Is.EqualTo(System.Text.Json.JsonValueKind.String));
    }

    [Test]
    public async Task ExecuteAsync_LowerCaseRequestIdHeader_IsTheRequestId()
    {
        Stub.Returns("GET", "/v1/x", 200, "{}", ("x-request-id", "req-lower"));

        var output = await ActionRuns.OutputAsync(new CallApiAction(Clients), Stub.Connection(), new { method = "GET", path = "/v1/x" });

        Assert.That((string?)output["request_id"], Is.EqualTo("req-lower"));
    }
}
