using IncidentIo.Plugin.Actions.CreateIncident;
using IncidentIo.Plugin.Tests.Support;
using WireMock.ResponseBuilders;
using Workflow.Abstractions;

namespace IncidentIo.Plugin.Tests.Actions.CreateIncident;

[TestFixture]
public sealed class CreateIncidentActionTests : StubFixture
{
    private static readonly RunInfo Run = new("run-42", "declare", 1);

    [Test]
    public async Task ExecuteAsync_EveryField_SendsExactlyThemToCreate()
    {
        Stub.Returns("POST", "/v2/incidents", 200, IncidentBodies.Show);
        var input = new
        {
            name = "Our database is sad",
            summary = "Really sad",
            severity_id = "SEV1",
            incident_status_id = "ST1",
            incident_type_id = "T1",
            visibility = "private",
            mode = "test",
            idempotency_key = "alert-uuid",
            custom_field_entries = new[] { new { custom_field_id = "CF1", values = new object[] { new { value_option_id = "O1" }, new { value_numeric = "1.5" } } } },
            incident_role_assignments = new[] { new { incident_role_id = "R1", assignee = new { email = "bob@example.com" } } },
            incident_timestamp_values = new[] { new { incident_timestamp_id = "TS1", value = "2021-08-17T15:28:57.801578+02:00" } },
            slack_channel_name_override = "inc-db",
            slack_team_id = "T02A1FSLE8J",
        };

        var output = await RunAsync(input);

        Assert.Multiple(() =>
        {
            Assert.That(Stub.LastRequest.Method, Is.EqualTo("POST"));
            Assert.That(Stub.LastRequest.Path, Is.EqualTo("/v2/incidents"));
            Assert.That(Stub.LastRequest.Header("Authorization"), Is.EqualTo($"Bearer {IncidentIoStub.ApiKey}"));
            Assert.That(Stub.LastRequest.Header("Content-Type"), Does.StartWith("application/json"));
            Assert.That((string?)output["incident"]!["id"], Is.EqualTo(IncidentBodies.Id));
        });
        SentBodies.AssertBody(Stub.LastRequest, """
            {"name":"Our database is sad","summary":"Really sad","severity_id":"SEV1","incident_status_id":"ST1","incident_type_id":"T1",
             "visibility":"private","mode":"test","idempotency_key":"alert-uuid",
             "custom_field_entries":[{"custom_field_id":"CF1","values":[{"value_option_id":"O1"},{"value_numeric":"1.5"}]}],
             "incident_role_assignments":[{"incident_role_id":"R1","assignee":{"email":"bob@example.com"}}],
             "incident_timestamp_values":[{"incident_timestamp_id":"TS1","value":"2021-08-17T13:28:57.801578Z"}],
             "slack_channel_name_override":"inc-db","slack_team_id":"T02A1FSLE8J"}
            """);
    }

    [Test]
    public async Task ExecuteAsync_Retrospective_SendsTheRetrospectiveOptions()
    {
        Stub.Returns("POST", "/v2/incidents", 200, IncidentBodies.Show);

        await RunAsync(new
        {
            name = "Old outage",
            mode = "retrospective",
            idempotency_key = "import-1",
            retrospective_incident_options = new { external_id = 123, postmortem_document_url = "https://docs.google.com/d", slack_channel_id = "C1" },
        });

        SentBodies.AssertBody(Stub.LastRequest, """
            {"name":"Old outage","mode":"retrospective","idempotency_key":"import-1","visibility":"public",
             "retrospective_incident_options":{"external_id":123,"postmortem_document_url":"https://docs.google.com/d","slack_channel_id":"C1"}}
            """);
    }

    [Test]
    public async Task ExecuteAsync_OnlyAName_DefaultsVisibilityModeAndTheKeyFromRunAndStep()
    {
        Stub.Returns("POST", "/v2/incidents", 200, IncidentBodies.Show);

        await RunAsync(new { name = "Sad" });

        SentBodies.AssertBody(Stub.LastRequest,
            $$"""{"name":"Sad","visibility":"public","mode":"standard","idempotency_key":"{{IdempotencyKey.For(Run)}}"}""");
    }

    [Test]
    public async Task ExecuteAsync_DerivedKey_IsStableAcrossAttemptsAndDiffersAcrossStepsAndRuns()
    {
        Stub.Returns("POST", "/v2/incidents", 200, IncidentBodies.Show);
        var runs = new[] { Run, Run with { Attempt = 2 }, Run with { StepId = "declare-again" }, Run with { WorkflowRunId = "run-43" } };

        var keys = new List<string>();
        foreach (var run in runs)
        {
            await RunAsync(new { name = "Sad", idempotency_key = "  " }, run);
            keys.Add((string)Stub.LastRequest.Json()["idempotency_key"]!);
        }

        Assert.Multiple(() =>
        {
            Assert.That(keys[1], Is.EqualTo(keys[0]), "a retry of the step sends the same key");
            Assert.That(keys.Distinct().Count(), Is.EqualTo(3), "another step or run sends another key");
        });
    }

    [Test]
    public async Task ExecuteAsync_503ThenCreated_RetriesWithTheSameBody()
    {
        Stub.ReturnsInTurn("POST", "/v2/incidents",
            r => r.WithStatusCode(503),
            r => r.WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(IncidentBodies.Show));

        await RunAsync(new { name = "Sad" });

        var bodies = Stub.Server.LogEntries.Select(e => e.RequestMessage!.Body).ToList();
        Assert.That(bodies, Has.Count.EqualTo(2).And.All.EqualTo(bodies[0]));
    }

    [TestCase("standard")]
    [TestCase(null)]
    public async Task ExecuteAsync_RetrospectiveOptionsWithoutRetrospectiveMode_IsValidationFailedWithoutRequest(string? mode)
    {
        var result = await new CreateIncidentAction(Clients).ExecuteAsync(
            Connections.Context(Stub.Connection(), new { name = "x", mode, retrospective_incident_options = new { slack_channel_id = "C1" } }, Run),
            CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(result.Error!.Code, Is.EqualTo(ActionErrorCodes.ValidationFailed));
            Assert.That(result.Error.Message, Is.EqualTo($"retrospective_incident_options is only accepted when mode is retrospective (mode is {mode ?? "standard"})"));
            Assert.That(result.Error.Details, Is.EqualTo(new[] { new ActionErrorDetail("/retrospective_incident_options", "only allowed when mode is retrospective", "not_allowed") }));
            Assert.That(Stub.RequestCount, Is.Zero);
        });
    }

    [Test]
    public async Task ExecuteAsync_WrongTypeInANestedField_IsValidationFailedNamingIt()
    {
        var result = await new CreateIncidentAction(Clients).ExecuteAsync(
            Connections.Context(Stub.Connection(), new { custom_field_entries = new[] { new { custom_field_id = 5, values = Array.Empty<object>() } } }, Run),
            CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(result.Error!.Code, Is.EqualTo(ActionErrorCodes.ValidationFailed));
            Assert.That(result.Error.Details.Single().Field, Is.EqualTo("/custom_field_entries/0/custom_field_id"));
            Assert.That(Stub.RequestCount, Is.Zero);
        });
    }

    [Test]
    public async Task ExecuteAsync_422_IsValidationFailedWithIncidentIosField()
    {
        Stub.Returns("POST", "/v2/incidents", 422, """
            {"type":"validation_error","status":422,"errors":[{"code":"is_required","message":"A severity is required to open an incident","source":{"field":"severity_id"}}]}
            """);

        var error = await ActionRuns.ErrorAsync(new CreateIncidentAction(Clients), Stub.Connection(), new { name = "x" });

        Assert.Multiple(() =>
        {
            Assert.That(error.Code, Is.EqualTo(ActionErrorCodes.ValidationFailed));
            Assert.That(error.Details.Single().Field, Is.EqualTo("/severity_id"));
        });
    }

    [Test]
    public async Task ExecuteAsync_AnswerWithoutSlackTeamId_SucceedsWithTheIncident()
    {
        Stub.Returns("POST", "/v2/incidents", 200, IncidentBodies.Show.Replace("\"slack_team_id\":\"T02A1FSLE8J\",", "", StringComparison.Ordinal));

        var result = await Execute(new { name = "Teams org" });

        Assert.That(result.IsSuccess, Is.True, () => result.Error!.Message);
        Assert.Multiple(() =>
        {
            Assert.That(result.Output!.Value.GetProperty("incident").GetProperty("id").GetString(), Is.EqualTo(IncidentBodies.Id));
            Assert.That(result.Warnings, Is.Empty);
        });
    }

    [Test]
    public async Task ExecuteAsync_AnswerLackingANeededField_StillYieldsIdAndReferenceWithAWarning()
    {
        Stub.Returns("POST", "/v2/incidents", 200, IncidentBodies.Show.Replace("\"name\":\"Our database is sad\",", "", StringComparison.Ordinal));

        var result = await Execute(new { name = "Nameless" });

        Assert.That(result.IsSuccess, Is.True, () => result.Error!.Message);
        var incident = result.Output!.Value.GetProperty("incident");
        Assert.Multiple(() =>
        {
            Assert.That(incident.GetProperty("id").GetString(), Is.EqualTo(IncidentBodies.Id));
            Assert.That(incident.GetProperty("reference").GetString(), Is.EqualTo("INC-123"));
            Assert.That(result.Warnings.Select(w => w.Field), Does.Contain("/incident/name"));
            Assert.That(result.Warnings[0].Message, Does.Contain("incident.io made the change"));
        });
    }

    [Test]
    public async Task ExecuteAsync_AnswerWithoutId_IsInvalidResponseNamingTheField()
    {
        Stub.Returns("POST", "/v2/incidents", 200, IncidentBodies.Show.Replace($"\"id\":\"{IncidentBodies.Id}\",", "", StringComparison.Ordinal));

        var result = await Execute(new { name = "No id" });

        Assert.That(result.IsSuccess, Is.False);
        Assert.Multiple(() =>
        {
            Assert.That(result.Error!.Code, Is.EqualTo(ActionErrorCodes.InvalidResponse));
            Assert.That(result.Error.Details[0].Field, Is.EqualTo("/incident/id"));
        });
    }

    [Test]
    public async Task ExecuteAsync_ConnectionDroppedAfterSending_ErrorSaysItMayExistAndGivesTheKeyToRunAgainWith()
    {
        // A server that reads each request and closes the connection without answering: the create may have happened.
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        using var cancel = new CancellationTokenSource();
        var dropping = Task.Run(async () =>
        {
            while (!cancel.IsCancellationRequested)
            {
                using var client = await listener.AcceptTcpClientAsync(cancel.Token);
                _ = await client.GetStream().ReadAsync(new byte[8192], cancel.Token);
                client.Client.LingerState = new System.Net.Sockets.LingerOption(true, 0);
            }
        });
        var url = $"http://127.0.0.1:{((System.Net.IPEndPoint)listener.LocalEndpoint).Port}";

        var result = await new CreateIncidentAction(Clients).ExecuteAsync(
            Connections.Context(Connections.To(url, IncidentIoStub.ApiKey), new { name = "Dropped" }, Run), CancellationToken.None);
        await cancel.CancelAsync();

        var key = IdempotencyKey.For(Run);
        Assert.That(result.IsSuccess, Is.False);
        Assert.Multiple(() =>
        {
            Assert.That(result.Error!.OutcomeUnknown, Is.True, result.Error.Message);
            Assert.That(result.Error.Message, Does.Contain("may exist").And.Contain(key));
            Assert.That(result.Error.Hint, Does.Contain("is safe"));
            Assert.That(result.Error.SafeRetryInput!.Value.GetProperty("idempotency_key").GetString(), Is.EqualTo(key));
            Assert.That(result.Error.SafeRetryInput!.Value.GetProperty("name").GetString(), Is.EqualTo("Dropped"));
        });
    }

    [Test]
    public async Task ExecuteAsync_429sOnly_OutcomeKnownNoRetryInput()
    {
        Stub.Returns("POST", "/v2/incidents", 429, IncidentIoErrorBodies.Of("rate_limit_exceeded", 429, "rate_limit_exceeded", "Slow down"), ("Retry-After", "0"));

        var result = await Execute(new { name = "Refused" });

        Assert.That(result.Error!.OutcomeUnknown, Is.False);
        Assert.That(result.Error.SafeRetryInput, Is.Null);
    }

    // A gateway's 502/503/504 (or a server error) can come after incident.io committed the create: the incident may exist.
    [TestCase(500)]
    [TestCase(502)]
    [TestCase(503)]
    [TestCase(504)]
    public async Task ExecuteAsync_5xxOnly_OutcomeUnknownWithTheKey(int status)
    {
        Stub.Returns("POST", "/v2/incidents", status);

        var result = await Execute(new { name = "Maybe" });

        Assert.That(result.Error!.OutcomeUnknown, Is.True);
        Assert.That(result.Error.SafeRetryInput!.Value.GetProperty("idempotency_key").GetString(), Is.EqualTo(IdempotencyKey.For(Run)));
    }

    private Task<ActionResult> Execute(object input) =>
        new CreateIncidentAction(Clients).ExecuteAsync(Connections.Context(Stub.Connection(), input, Run), CancellationToken.None);

    private Task<System.Text.Json.Nodes.JsonObject> RunAsync(object input, RunInfo? run = null) =>
        ActionRuns.OutputAsync(new CreateIncidentAction(Clients), Stub.Connection(), input, run ?? Run);
}
