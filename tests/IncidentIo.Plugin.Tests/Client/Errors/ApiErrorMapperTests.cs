using System.Net;
using IncidentIo.Plugin.Client;
using IncidentIo.Plugin.Client.Errors;
using IncidentIo.Plugin.Models;
using RestSharp;
using IncidentIo.Plugin.Tests.Support;
using Workflow.Abstractions;

namespace IncidentIo.Plugin.Tests.Client.Errors;

// Every row of the HTTP status → ActionError table, over real HTTP.
[TestFixture]
public sealed class ApiErrorMapperTests : StubFixture
{
    private const string RequestId = IncidentIoErrorBodies.RequestId;

    [Test]
    public async Task FromResponse_401_IsUnauthorizedWithTheSeedMessageAndAKeyHint()
    {
        Stub.Returns("GET", "/v1/severities", 401, IncidentIoErrorBodies.Of("authentication_error", 401, "missing_authorization_material", "No key"));

        var error = await FailAsync();

        Assert.Multiple(() =>
        {
            Assert.That(error.Code, Is.EqualTo(ActionErrorCodes.Unauthorized));
            Assert.That(error.Message, Is.EqualTo("Invalid Incident.io API key (401)"));
            Assert.That(error.Hint, Does.Contain("Settings → API keys").And.Contain("revoked"));
            Assert.That(error.Retryable, Is.False);
            Assert.That(error.HttpStatus, Is.EqualTo(401));
            Assert.That(error.RemoteType, Is.EqualTo("authentication_error"));
            Assert.That(error.RequestId, Is.EqualTo(RequestId));
            Assert.That(error.HttpAttempts, Is.EqualTo(1));
        });
    }

    [Test]
    public async Task FromResponse_403_NamesTheOperationAndThePermissionsNeeded()
    {
        Stub.Returns("GET", "/v1/severities", 403, IncidentIoErrorBodies.Of("forbidden", 403, "forbidden", "Nope"));

        var error = await FailAsync();

        Assert.Multiple(() =>
        {
            Assert.That(error.Code, Is.EqualTo(ActionErrorCodes.Forbidden));
            Assert.That(error.Message, Is.EqualTo("API key does not have permission to list severities (403)"));
            Assert.That(error.Hint, Does.Contain("Severities").And.Contain("Incident Statuses").And.Contain("Incident Types")
                .And.Contain("Create incidents").And.Contain("Edit incidents").And.Contain("severities.view"));
            Assert.That(error.HttpStatus, Is.EqualTo(403));
        });
    }

    [Test]
    public async Task FromResponse_404_SaysWhatWasNotFound()
    {
        Stub.Returns("GET", "/v2/incidents/*", 404, IncidentIoErrorBodies.Of("not_found", 404, "not_found", "Not found"));
        var request = new ApiRequest(IncidentIoOperations.ShowIncident).WithPathParameter("id", "123").About("incident \"INC-123\"");

        var error = (await Clients.SendAsync<IncidentsShowResultV2>(Stub.Connection(), request, CancellationToken.None)).Error!;

        Assert.Multiple(() =>
        {
            Assert.That(error.Code, Is.EqualTo(ActionErrorCodes.NotFound));
            Assert.That(error.Message, Is.EqualTo("incident.io has no incident \"INC-123\" (404)"));
            Assert.That(error.Retryable, Is.False);
        });
    }

    // A 501 (the simulator's answer for a route it lacks) is no passing trouble: not retried, and the server's own words are kept.
    [Test]
    public async Task FromResponse_501_RequestFailedNotRetriedNamingTheServerInItsWords()
    {
        Stub.Returns("GET", "/v1/severities", 501, IncidentIoErrorBodies.Of("simulator_not_implemented", 501, "simulator_not_implemented", "The incident.io simulator does not implement GET /v1/severities."));

        var error = (await ListSeveritiesAsync()).Error!;

        Assert.Multiple(() =>
        {
            Assert.That(error.Code, Is.EqualTo(ActionErrorCodes.RequestFailed));
            Assert.That(error.Retryable, Is.False);
            Assert.That(error.HttpAttempts, Is.EqualTo(1));
            Assert.That(error.RemoteType, Is.EqualTo("simulator_not_implemented"));
            Assert.That(error.Message, Is.EqualTo($"GET /v1/severities is not implemented by the server at {Stub.Url} (HTTP 501): The incident.io simulator does not implement GET /v1/severities."));
            Assert.That(error.Hint, Does.Contain("base_url https://api.incident.io"));
        });
    }

    [Test]
    public async Task FromResponse_422WithSourceField_IsValidationFailedNamingTheFieldWithOneDetailPerError()
    {
        Stub.Returns("GET", "/v1/severities", 422, $$$"""
            {"type":"validation_error","status":422,"request_id":"{{{RequestId}}}","errors":[
              {"code":"is_required","message":"A severity is required to open an incident","source":{"field":"severity_id"}},
              {"code":"invalid_value","message":"Bad name"}]}
            """);

        var error = await FailAsync();

        Assert.Multiple(() =>
        {
            Assert.That(error.Code, Is.EqualTo(ActionErrorCodes.ValidationFailed));
            Assert.That(error.Message, Is.EqualTo(
                "incident.io rejected the request: A severity is required to open an incident (field severity_id); Bad name"));
            Assert.That(error.Details, Is.EqualTo(new[]
            {
                new ActionErrorDetail("/severity_id", "A severity is required to open an incident", "is_required"),
                new ActionErrorDetail(null, "Bad name", "invalid_value"),
            }));
            Assert.That(error.RemoteType, Is.EqualTo("validation_error"));
            Assert.That(error.Retryable, Is.False);
        });
    }

    [Test]
    public async Task FromResponse_422WithNestedIndexedField_DetailFieldIsAJsonPointer()
    {
        Stub.Returns("GET", "/v1/severities", 422, $$$"""
            {"type":"validation_error","status":422,"request_id":"{{{RequestId}}}","errors":[
              {"code":"invalid_value","message":"No such option","source":{"field":"custom_field_entries[0].values[0].value_option_id"}},
              {"code":"invalid_value","message":"Odd name","source":{"field":"labels['a/b~c']"}}]}
            """);

        var error = await FailAsync();

        Assert.That(error.Details.Select(d => d.Field), Is.EqualTo(new[] { "/custom_field_entries/0/values/0/value_option_id", "/labels/a~1b~0c" }));
    }

    [Test]
    public async Task FromResponse_429WithEmptyField_DetailHasNoField()
    {
        Stub.Returns("GET", "/v1/severities", 429, $$$"""
            {"type":"too_many_requests","status":429,"request_id":"{{{RequestId}}}","errors":[{"code":"rate_limited","message":"Slow down","source":{"field":""}}]}
            """, ("Retry-After", "0"));

        var error = await FailAsync();

        Assert.That(error.Details.Select(d => d.Field), Is.EqualTo(new string?[] { null }));
    }

    [Test]
    public async Task FromResponse_400WithoutErrors_IsValidationFailedWithTheStatus()
    {
        Stub.Returns("GET", "/v1/severities", 400, """{"type":"bad_request"}""");

        var error = await FailAsync();

        Assert.Multiple(() =>
        {
            Assert.That(error.Code, Is.EqualTo(ActionErrorCodes.ValidationFailed));
            Assert.That(error.Message, Is.EqualTo("incident.io rejected the request to list severities (HTTP 400)"));
            Assert.That(error.Details, Is.Empty);
        });
    }

    [TestCase(409, ActionErrorCodes.Conflict, false)]
    [TestCase(418, ActionErrorCodes.RequestFailed, false)]
    [TestCase(410, ActionErrorCodes.RequestFailed, false)]
    public async Task FromResponse_Other4xx_MapsToItsCodeAndQuotesIncidentIo(int status, string code, bool retryable)
    {
        Stub.Returns("GET", "/v1/severities", status, IncidentIoErrorBodies.Of("some_error", status, "x", "Something specific"));

        var error = await FailAsync();

        Assert.Multiple(() =>
        {
            Assert.That(error.Code, Is.EqualTo(code));
            Assert.That(error.Message, Does.Contain($"{status}").And.EndWith(": Something specific"));
            Assert.That(error.Retryable, Is.EqualTo(retryable));
            Assert.That(error.HttpAttempts, Is.EqualTo(1));
        });
    }

    [TestCase("")]
    [TestCase("<html><body>Conflict</body></html>")]
    public async Task FromResponse_409WithoutAnErrorBody_IsConflictWithTheStatusAndNothingQuoted(string body)
    {
        Stub.Returns("GET", "/v1/severities", 409, body, ("Content-Type", "text/html"));

        var error = await FailAsync();

        Assert.Multiple(() =>
        {
            Assert.That(error.Code, Is.EqualTo(ActionErrorCodes.Conflict));
            Assert.That(error.Message, Is.EqualTo("incident.io reported a conflict and could not list severities (409)"));
            Assert.That(error.Hint, Is.EqualTo("Look at the current state in incident.io, adjust the input and run the step again."));
            Assert.That(error.Retryable, Is.False);
            Assert.That(error.HttpStatus, Is.EqualTo(409));
            Assert.That(error.Details, Is.Empty);
            Assert.That(error.RemoteType, Is.Null);
        });
    }

    [TestCase("")]
    [TestCase("<html><body>I'm a teapot</body></html>")]
    public async Task FromResponse_418WithoutAnErrorBody_IsRequestFailedWithTheStatusAndNoHint(string body)
    {
        Stub.Returns("GET", "/v1/severities", 418, body, ("Content-Type", "text/html"));

        var error = await FailAsync();

        Assert.Multiple(() =>
        {
            Assert.That(error.Code, Is.EqualTo(ActionErrorCodes.RequestFailed));
            Assert.That(error.Message, Is.EqualTo("incident.io refused to list severities (HTTP 418)"));
            Assert.That(error.Hint, Is.Null, "no request id to quote");
            Assert.That(error.Retryable, Is.False);
            Assert.That(error.Details, Is.Empty);
        });
    }

    [Test]
    public async Task FromResponse_418WithARequestIdHeader_HintQuotesIt()
    {
        Stub.Returns("GET", "/v1/severities", 418, "", ("X-Request-Id", "hdr-req"));

        var error = await FailAsync();

        Assert.That(error.Hint, Is.EqualTo("If it persists, quote request id hdr-req to incident.io support."));
    }

    [Test]
    public async Task FromResponse_429UntilRetriesRunOut_IsRateLimitedRetryableWithAttempts()
    {
        Stub.Returns("GET", "/v1/severities", 429, IncidentIoErrorBodies.Of("too_many_requests", 429, "too_many_requests", "Slow down"),
            ("Retry-After", "1"));

        var error = await FailAsync();

        Assert.Multiple(() =>
        {
            Assert.That(error.Code, Is.EqualTo(ActionErrorCodes.RateLimited));
            Assert.That(error.Retryable, Is.True);
            Assert.That(error.HttpAttempts, Is.EqualTo(3));
            Assert.That(Stub.RequestCount, Is.EqualTo(3));
            Assert.That(error.Hint, Does.Contain("retried 2 times"));
        });
    }

    [TestCase(500)]
    [TestCase(503)]
    public async Task FromResponse_5xxAfterRetries_IsServerErrorWithAttemptsAndAStatusPageHint(int status)
    {
        Stub.Returns("GET", "/v1/severities", status, IncidentIoErrorBodies.Of("internal_error", status, "internal", "Oops"),
            ("X-Request-Id", "hdr-req"));

        var error = await FailAsync();

        // 503 is retried; 500 is not (only 502/503/504 are transient).
        var attempts = status == 503 ? 3 : 1;
        Assert.Multiple(() =>
        {
            Assert.That(error.Code, Is.EqualTo(ActionErrorCodes.ServerError));
            Assert.That(error.Message, Is.EqualTo($"incident.io is having trouble (HTTP {status}) and could not list severities"));
            Assert.That(error.Retryable, Is.True);
            Assert.That(error.HttpAttempts, Is.EqualTo(attempts));
            Assert.That(Stub.RequestCount, Is.EqualTo(attempts));
            Assert.That(error.RequestId, Is.EqualTo("hdr-req"), "the header wins over the body");
            Assert.That(error.Hint, Does.Contain("status.incident.io").And.Contain("hdr-req"));
        });
    }

    [Test]
    public async Task FromResponse_NonJsonErrorBody_StillMapsByStatus()
    {
        Stub.Returns("GET", "/v1/severities", 502, "<html><body>Bad Gateway</body></html>", ("Content-Type", "text/html"));

        var error = await FailAsync();

        Assert.Multiple(() =>
        {
            Assert.That(error.Code, Is.EqualTo(ActionErrorCodes.ServerError));
            Assert.That(error.HttpStatus, Is.EqualTo(502));
            Assert.That(error.RemoteType, Is.Null);
            Assert.That(error.RequestId, Is.Null);
        });
    }

    [Test]
    public async Task FromResponse_EmptyErrorBody_StillMapsByStatus()
    {
        Stub.Returns("GET", "/v1/severities", 401);

        var error = await FailAsync();

        Assert.Multiple(() =>
        {
            Assert.That(error.Code, Is.EqualTo(ActionErrorCodes.Unauthorized));
            Assert.That(error.Message, Is.EqualTo("Invalid Incident.io API key (401)"));
            Assert.That(error.HttpStatus, Is.EqualTo(401));
        });
    }

    [TestCase(301, "https://elsewhere.example/v1/severities",
        "incident.io answered the request to list severities with a redirect (HTTP 301 to https://elsewhere.example/v1/severities), which is not followed")]
    [TestCase(300, null, "incident.io answered the request to list severities with a redirect (HTTP 300), which is not followed")]
    [TestCase(399, null, "incident.io answered the request to list severities with a redirect (HTTP 399), which is not followed")]
    public void FromResponse_Redirect_IsRequestFailedSayingItIsNotFollowed(int status, string? location, string message)
    {
        var error = Map(IncidentIoOperations.ListSeverities, status, "", location is null ? [] : [("Location", location)]);

        Assert.Multiple(() =>
        {
            Assert.That(error.Code, Is.EqualTo(ActionErrorCodes.RequestFailed));
            Assert.That(error.Message, Is.EqualTo(message));
            Assert.That(error.Hint, Is.EqualTo("Redirects are never followed, so the API key only goes to the connection's base_url. "
                + "Check base_url: it should be the API's address itself, e.g. https://api.incident.io."));
            Assert.That(error.HttpStatus, Is.EqualTo(status));
            Assert.That(error.Retryable, Is.False);
        });
    }

    [Test]
    public void FromResponse_404WithoutASubject_SaysNothingWasFoundForTheOperation()
    {
        var error = Map(IncidentIoOperations.ListIncidentTypes, 404, "");

        Assert.Multiple(() =>
        {
            Assert.That(error.Message, Is.EqualTo("incident.io found nothing to list incident types (404)"));
            Assert.That(error.Hint, Is.EqualTo(ErrorHints.NotFound));
        });
    }

    [Test]
    public void FromResponse_403ForAnOperationWithoutScope_HintNamesNoScope()
    {
        var error = Map(IncidentIoOperations.EditIncident, 403, "");

        Assert.Multiple(() =>
        {
            Assert.That(error.Message, Is.EqualTo("API key does not have permission to edit incidents (403)"));
            Assert.That(error.Hint, Is.EqualTo(ErrorHints.Forbidden(null)));
        });
    }

    [Test]
    public void FromResponse_429_IsRateLimitedNamingTheOperation()
    {
        var error = Map(IncidentIoOperations.ListSeverities, 429, "", attempts: 4);

        Assert.Multiple(() =>
        {
            Assert.That(error.Message, Is.EqualTo("incident.io's rate limit was reached and it would not list severities (429)"));
            Assert.That(error.Hint, Is.EqualTo(ErrorHints.RateLimited(4)));
            Assert.That(error.HttpAttempts, Is.EqualTo(4));
        });
    }

    [Test]
    public void FromResponse_599WithRequestIdOnlyInTheBody_IsServerErrorQuotingIt()
    {
        var error = Map(IncidentIoOperations.ListSeverities, 599, """{"request_id":"body-req"}""");

        Assert.Multiple(() =>
        {
            Assert.That(error.Code, Is.EqualTo(ActionErrorCodes.ServerError));
            Assert.That(error.RequestId, Is.EqualTo("body-req"));
            Assert.That(error.Hint, Is.EqualTo(ErrorHints.RemoteTrouble(1, "body-req")));
        });
    }

    [Test]
    public void FromResponse_422WithPartialErrors_DescribesEachReadableOne()
    {
        var error = Map(IncidentIoOperations.CreateIncident, 422, """
            {"errors":[{"code":"is_required","source":{"field":"name"}},{"message":"Too long"},{"code":"only_a_code"},{}]}
            """);

        Assert.Multiple(() =>
        {
            Assert.That(error.Code, Is.EqualTo(ActionErrorCodes.ValidationFailed));
            Assert.That(error.Message, Is.EqualTo("incident.io rejected the request: invalid (field name); Too long"));
            Assert.That(error.Hint, Is.EqualTo("Correct the fields named in the details and run the step again."));
            Assert.That(error.Details, Is.EqualTo(new[]
            {
                new ActionErrorDetail("/name", "is_required", "is_required"),
                new ActionErrorDetail(null, "Too long", null),
                new ActionErrorDetail(null, "only_a_code", "only_a_code"),
                new ActionErrorDetail(null, "invalid", null),
            }));
        });
    }

    [TestCase("a/b~c", "/a~1b~0c")]
    [TestCase("/already/a/pointer", "/already/a/pointer")]
    [TestCase("custom_field_entries", "/custom_field_entries")]
    public void FromResponse_ErrorField_IsAJsonPointer(string field, string expected)
    {
        var error = Map(IncidentIoOperations.CreateIncident, 400, $$$"""{"errors":[{"message":"m","source":{"field":"{{{field}}}"}}]}""");

        Assert.That(error.Details.Single().Field, Is.EqualTo(expected));
    }

    [Test]
    public void FromResponse_NoStatus_IsATransportError()
    {
        var response = new RestResponse(new RestRequest()) { ResponseStatus = ResponseStatus.TimedOut };

        var error = ApiErrorMapper.FromResponse(new ApiRequest(IncidentIoOperations.ListSeverities), response, 1, TimeSpan.FromSeconds(2), new Uri("https://api.incident.io"));

        Assert.Multiple(() =>
        {
            Assert.That(error.Code, Is.EqualTo(ActionErrorCodes.Timeout));
            Assert.That(error.HttpStatus, Is.Null);
        });
    }

    [Test]
    public void RequestIdOf_HeaderAndBody_PrefersTheHeader()
    {
        var response = Response(500, "", [("x-request-id", "hdr")]);

        Assert.Multiple(() =>
        {
            Assert.That(ApiErrorMapper.RequestIdOf(response, new IncidentIoErrorBody(null, "body", [])), Is.EqualTo("hdr"));
            Assert.That(ApiErrorMapper.RequestIdOf(Response(500, ""), new IncidentIoErrorBody(null, "body", [])), Is.EqualTo("body"));
            Assert.That(ApiErrorMapper.RequestIdOf(Response(500, "")), Is.Null);
        });
    }

    private static ActionError Map(ApiOperation operation, int status, string body, (string Name, string Value)[]? headers = null, int attempts = 1) =>
        ApiErrorMapper.FromResponse(new ApiRequest(operation), Response(status, body, headers ?? []), attempts, TimeSpan.FromSeconds(30), new Uri("https://api.incident.io"));

    private static RestResponse Response(int status, string body, params (string Name, string Value)[] headers) =>
        new(new RestRequest())
        {
            StatusCode = (HttpStatusCode)status,
            ResponseStatus = ResponseStatus.Completed,
            Content = body,
            Headers = headers.Select(h => new HeaderParameter(h.Name, h.Value)).ToList(),
        };

    private async Task<ActionError> FailAsync()
    {
        var response = await ListSeveritiesAsync();
        Assert.That(response.IsSuccess, Is.False, "expected a failure");
        return response.Error!;
    }
}
