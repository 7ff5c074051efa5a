using IncidentIo.Plugin.Actions.ListIncidents;
using IncidentIo.Plugin.Tests.Support;
using WireMock.ResponseBuilders;
using Workflow.Abstractions;

namespace IncidentIo.Plugin.Tests.Actions.ListIncidents;

[TestFixture]
public sealed class ListIncidentsActionTests : StubFixture
{
    [Test]
    public async Task ExecuteAsync_Filters_GoOnTheWireInBracketFormOneKeyPerValue()
    {
        Stub.ReturnsJson("GET", "/v2/incidents", IncidentPages.Page(["A"], after: null));

        await ActionRuns.OutputAsync(new ListIncidentsAction(Clients), Stub.Connection(), new
        {
            status_category = new { one_of = new[] { "live", "triage" }, not_in = new[] { "merged" } },
            severity = new { gte = "SEV 1" },
            incident_type = new { one_of = new[] { "T1" } },
            mode = new { one_of = new[] { "standard", "test" } },
            created_at = new { date_range = "2024-12-02~2024-12-08" },
            custom_field = new Dictionary<string, object> { ["CF1"] = new { one_of = new[] { "O1" } } },
            sort_by = "created_at_oldest_first",
            filter_mode = "any",
            page_size = 50,
        });

        Assert.Multiple(() =>
        {
            Assert.That(Stub.LastRequest.Method, Is.EqualTo("GET"));
            Assert.That(Stub.LastRequest.Path, Is.EqualTo("/v2/incidents"));
            Assert.That(Stub.LastRequest.RawQuery, Is.EqualTo(
                "?page_size=50&sort_by=created_at_oldest_first&filter_mode=any"
                + "&status_category%5Bone_of%5D=live&status_category%5Bone_of%5D=triage&status_category%5Bnot_in%5D=merged"
                + "&severity%5Bgte%5D=SEV%201&incident_type%5Bone_of%5D=T1&mode%5Bone_of%5D=standard&mode%5Bone_of%5D=test"
                + "&created_at%5Bdate_range%5D=2024-12-02~2024-12-08&custom_field%5BCF1%5D%5Bone_of%5D=O1"));
        });
    }

    [Test]
    public async Task ExecuteAsync_StatusAndUpdatedAtFilters_GoOnTheWireUnderTheirNamesAfterTheCursor()
    {
        Stub.ReturnsJson("GET", "/v2/incidents", IncidentPages.Page(["A"], after: null));

        await ActionRuns.OutputAsync(new ListIncidentsAction(Clients), Stub.Connection(), new
        {
            updated_at = new { gte = "2024-12-02" },
            status = new { one_of = new[] { "S1" } },
            after = "C0",
        });

        Assert.That(Stub.LastRequest.RawQuery, Is.EqualTo("?page_size=25&after=C0&status%5Bone_of%5D=S1&updated_at%5Bgte%5D=2024-12-02"));
    }

    [Test]
    public async Task ExecuteAsync_NoInput_AsksForOnePageOf25()
    {
        Stub.ReturnsJson("GET", "/v2/incidents", IncidentPages.Page(["A", "B"], after: null, total: 2));

        var output = await ActionRuns.OutputAsync(new ListIncidentsAction(Clients), Stub.Connection());

        Assert.Multiple(() =>
        {
            Assert.That(Stub.LastRequest.RawQuery, Is.EqualTo("?page_size=25"));
            Assert.That(output["incidents"]!.AsArray().Select(i => (string?)i!["id"]), Is.EqualTo(new[] { "A", "B" }));
            Assert.That(output.ContainsKey("next_cursor"), Is.False, "no next page, no cursor");
            Assert.That((long?)output["total_record_count"], Is.EqualTo(2));
            Assert.That((bool?)output["truncated"], Is.False);
        });
    }

    [Test]
    public async Task ExecuteAsync_OnePageOfMany_ReturnsTheCursorWithoutWalking()
    {
        IncidentPages.ServeWalk(Stub, ["A", "B"], ["C"]);

        var output = await ActionRuns.OutputAsync(new ListIncidentsAction(Clients), Stub.Connection(), new { page_size = 2, after = "Z" });

        Assert.Multiple(() =>
        {
            Assert.That(Stub.RequestCount, Is.EqualTo(1));
            Assert.That(Stub.LastRequest.RawQuery, Is.EqualTo("?page_size=2&after=Z"));
            Assert.That((string?)output["next_cursor"], Is.EqualTo("B"));
            Assert.That((bool?)output["truncated"], Is.False, "one page was asked for");
        });
    }

    [Test]
    public async Task ExecuteAsync_AutoPaginateOverFourPages_ReturnsEveryIncidentOnceInOrder()
    {
        var pages = new[] { IncidentPages.Ids("P1-", 3), IncidentPages.Ids("P2-", 3), IncidentPages.Ids("P3-", 3), IncidentPages.Ids("P4-", 1) };
        IncidentPages.ServeWalk(Stub, pages);

        var output = await ActionRuns.OutputAsync(new ListIncidentsAction(Clients), Stub.Connection(), new { auto_paginate = true, page_size = 3 });

        Assert.Multiple(() =>
        {
            Assert.That(output["incidents"]!.AsArray().Select(i => (string?)i!["id"]), Is.EqualTo(pages.SelectMany(p => p)));
            Assert.That(Stub.Server.LogEntries.Select(e => e.RequestMessage!.RawQuery), Is.EqualTo(new[]
            {
                "?page_size=3", "?page_size=3&after=P1-0003", "?page_size=3&after=P2-0003", "?page_size=3&after=P3-0003",
            }));
            Assert.That(output.ContainsKey("next_cursor"), Is.False);
            Assert.That((bool?)output["truncated"], Is.False);
            Assert.That((long?)output["total_record_count"], Is.EqualTo(10));
        });
    }

    [Test]
    public async Task ExecuteAsync_CapStopsAWalkWithMorePages_IsTruncatedWithTheCursorToContinue()
    {
        IncidentPages.ServeWalk(Stub, ["A", "B", "C"], ["D", "E", "F"], ["G"]);

        var output = await ActionRuns.OutputAsync(new ListIncidentsAction(Clients), Stub.Connection(),
            new { auto_paginate = true, page_size = 3, max_results = 6 });

        Assert.Multiple(() =>
        {
            Assert.That(output["incidents"]!.AsArray().Select(i => (string?)i!["id"]), Is.EqualTo(new[] { "A", "B", "C", "D", "E", "F" }));
            Assert.That((bool?)output["truncated"], Is.True);
            Assert.That((string?)output["next_cursor"], Is.EqualTo("F"));
            Assert.That(Stub.RequestCount, Is.EqualTo(2));
        });
    }

    [Test]
    public async Task ExecuteAsync_CapSmallerThanAPage_AsksForNoMoreThanTheCap()
    {
        IncidentPages.ServeWalk(Stub, ["A", "B"], ["C", "D"]);

        var output = await ActionRuns.OutputAsync(new ListIncidentsAction(Clients), Stub.Connection(),
            new { auto_paginate = true, page_size = 2, max_results = 3 });

        Assert.Multiple(() =>
        {
            Assert.That(Stub.Server.LogEntries.Select(e => e.RequestMessage!.RawQuery), Is.EqualTo(new[] { "?page_size=2", "?page_size=1&after=B" }));
            Assert.That(output["incidents"]!.AsArray(), Has.Count.EqualTo(3));
            Assert.That((bool?)output["truncated"], Is.True);
        });
    }

    [Test]
    public async Task ExecuteAsync_CapExactlyAtTheEnd_IsNotTruncated()
    {
        IncidentPages.ServeWalk(Stub, ["A", "B"], ["C", "D"]);

        var output = await ActionRuns.OutputAsync(new ListIncidentsAction(Clients), Stub.Connection(),
            new { auto_paginate = true, page_size = 2, max_results = 4 });

        Assert.Multiple(() =>
        {
            Assert.That((bool?)output["truncated"], Is.False);
            Assert.That(output.ContainsKey("next_cursor"), Is.False);
        });
    }

    [Test]
    public async Task ExecuteAsync_EmptyAfter_EndsTheWalkWithoutACursor()
    {
        Stub.ReturnsJson("GET", "/v2/incidents", IncidentPages.Page(["A", "B"], after: ""));

        var output = await ActionRuns.OutputAsync(new ListIncidentsAction(Clients), Stub.Connection(), new { auto_paginate = true, page_size = 2 });

        Assert.Multiple(() =>
        {
            Assert.That(Stub.RequestCount, Is.EqualTo(1), "an empty after means the last page");
            Assert.That(output["incidents"]!.AsArray().Select(i => (string?)i!["id"]), Is.EqualTo(new[] { "A", "B" }));
            Assert.That(output.ContainsKey("next_cursor"), Is.False);
            Assert.That((bool?)output["truncated"], Is.False);
        });
    }

    [Test]
    public async Task ExecuteAsync_EmptyPageWithACursor_EndsTheWalk()
    {
        Stub.ReturnsJson("GET", "/v2/incidents", IncidentPages.Page([], after: "X"));

        var output = await ActionRuns.OutputAsync(new ListIncidentsAction(Clients), Stub.Connection(), new { auto_paginate = true });

        Assert.Multiple(() =>
        {
            Assert.That(Stub.RequestCount, Is.EqualTo(1), "an empty page cannot move the walk on");
            Assert.That(output["incidents"]!.AsArray(), Is.Empty);
            Assert.That((bool?)output["truncated"], Is.False);
        });
    }

    [Test]
    public async Task ExecuteAsync_PageLargerThanAsked_KeepsTheFirstOnesAndContinuesAfterTheLastKept()
    {
        Stub.ReturnsJson("GET", "/v2/incidents", IncidentPages.Page(["A", "B", "C"], after: "C"));

        var output = await ActionRuns.OutputAsync(new ListIncidentsAction(Clients), Stub.Connection(), new { page_size = 2 });

        Assert.Multiple(() =>
        {
            Assert.That(output["incidents"]!.AsArray().Select(i => (string?)i!["id"]), Is.EqualTo(new[] { "A", "B" }));
            Assert.That((string?)output["next_cursor"], Is.EqualTo("B"), "C was not returned, so the next page starts after B");
            Assert.That((bool?)output["truncated"], Is.False, "one page of page_size was asked for and returned");
        });
    }

    [Test]
    public async Task ExecuteAsync_WalkGivenLargerPagesThanAsked_ReturnsEachIncidentOnce()
    {
        IncidentPages.ServeWalk(Stub, ["A", "B", "C"], ["C", "D"]);
        Stub.Server.Given(WireMock.RequestBuilders.Request.Create().WithPath("/v2/incidents").WithParam("after", "B")).AtPriority(0)
            .RespondWith(WireMock.ResponseBuilders.Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json")
                .WithBody(IncidentPages.Page(["C", "D"], after: null).ToJsonString()));

        var output = await ActionRuns.OutputAsync(new ListIncidentsAction(Clients), Stub.Connection(), new { auto_paginate = true, page_size = 2 });

        Assert.Multiple(() =>
        {
            Assert.That(output["incidents"]!.AsArray().Select(i => (string?)i!["id"]), Is.EqualTo(new[] { "A", "B", "C", "D" }));
            Assert.That(Stub.Server.LogEntries.Select(e => e.RequestMessage!.RawQuery), Is.EqualTo(new[] { "?page_size=2", "?page_size=2&after=B" }));
        });
    }

    [Test]
    public async Task ExecuteAsync_OnePageCutByTheCap_IsTruncated()
    {
        Stub.ReturnsJson("GET", "/v2/incidents", IncidentPages.Page(["A", "B"], after: "B", total: 9));

        var output = await ActionRuns.OutputAsync(new ListIncidentsAction(Clients), Stub.Connection(), new { max_results = 2 });

        Assert.Multiple(() =>
        {
            Assert.That(Stub.LastRequest.RawQuery, Is.EqualTo("?page_size=2"));
            Assert.That((bool?)output["truncated"], Is.True, "max_results made the page smaller than page_size");
            Assert.That((string?)output["next_cursor"], Is.EqualTo("B"));
            Assert.That((long?)output["total_record_count"], Is.EqualTo(9));
        });
    }

    [Test]
    public async Task ExecuteAsync_WalkWhoseLastPageHasNoTotal_KeepsTheEarlierTotal()
    {
        ServeTwoPagesWithTotals(2, null);

        var output = await ActionRuns.OutputAsync(new ListIncidentsAction(Clients), Stub.Connection(), new { auto_paginate = true, page_size = 1 });

        Assert.That((long?)output["total_record_count"], Is.EqualTo(2));
    }

    [Test]
    public async Task ExecuteAsync_APageFails_IsThatError()
    {
        IncidentPages.ServeWalk(Stub, ["A"], ["B"]);
        Stub.Server.Given(WireMock.RequestBuilders.Request.Create().WithPath("/v2/incidents").WithParam("after", "A")).AtPriority(0)
            .RespondWith(WireMock.ResponseBuilders.Response.Create().WithStatusCode(403));

        var error = await ActionRuns.ErrorAsync(new ListIncidentsAction(Clients), Stub.Connection(), new { auto_paginate = true });

        Assert.That(error.Code, Is.EqualTo(ActionErrorCodes.Forbidden));
    }

    [TestCase("page_size", 0, "must be between 1 and 250")]
    [TestCase("page_size", 251, "must be between 1 and 250")]
    [TestCase("max_results", 0, "must be between 1 and 10000")]
    [TestCase("max_results", 10_001, "must be between 1 and 10000")]
    public async Task ExecuteAsync_OutOfRange_IsValidationFailedWithoutRequest(string field, int value, string problem)
    {
        var error = await ActionRuns.ErrorAsync(new ListIncidentsAction(Clients), Stub.Connection(), new Dictionary<string, int> { [field] = value });

        Assert.Multiple(() =>
        {
            Assert.That(error.Code, Is.EqualTo(ActionErrorCodes.ValidationFailed));
            Assert.That(error.Message, Is.EqualTo($"Invalid list input: /{field} {problem}"));
            Assert.That(error.Details.Single(), Is.EqualTo(new ActionErrorDetail("/" + field, problem, "out_of_range")));
            Assert.That(Stub.RequestCount, Is.Zero);
        });
    }

    [TestCase(1, 1, "?page_size=1")]
    [TestCase(250, 10_000, "?page_size=250")]
    public async Task ExecuteAsync_PageSizeAndMaxResultsAtTheirLimits_AreAccepted(int pageSize, int maxResults, string query)
    {
        Stub.Returns("GET", "/v2/incidents", 200, IncidentPages.Page(["A"], after: null).ToJsonString());

        await ActionRuns.OutputAsync(new ListIncidentsAction(Clients), Stub.Connection(), new { page_size = pageSize, max_results = maxResults });

        Assert.That(Stub.LastRequest.RawQuery, Is.EqualTo(query));
    }

    [Test]
    public async Task ExecuteAsync_FilterNotAnObject_IsValidationFailedNamingIt()
    {
        var error = await ActionRuns.ErrorAsync(new ListIncidentsAction(Clients), Stub.Connection(), new { status_category = "live" });

        Assert.That(error.Details.Single(), Is.EqualTo(new ActionErrorDetail(
            "/status_category", "must be an object of operator to values, e.g. {\"one_of\": [\"live\"]}", "invalid_type")));
    }

    [Test]
    public async Task ExecuteAsync_NullFilter_IsLeftOut()
    {
        Stub.Returns("GET", "/v2/incidents", 200, IncidentPages.Page(["A"], after: null).ToJsonString());

        await ActionRuns.OutputAsync(new ListIncidentsAction(Clients), Stub.Connection(), new { status_category = (string?)null, sort_by = "", filter_mode = (string?)null });

        Assert.That(Stub.LastRequest.RawQuery, Is.EqualTo("?page_size=25"));
    }

    [Test]
    public async Task ExecuteAsync_CursorThatDoesNotAdvance_EachIncidentOnceTruncatedWithAWarning()
    {
        // incident.io hands back the cursor it was sent: without a guard the walk repeats INC-1, INC-2 until max_results.
        Stub.ReturnsJson("GET", "/v2/incidents", IncidentPages.Page(["INC-1", "INC-2"], after: "C1"));

        var result = await new ListIncidentsAction(Clients).ExecuteAsync(
            Connections.Context(Stub.Connection(), new { auto_paginate = true, page_size = 2, max_results = 8 }), CancellationToken.None);

        Assert.That(result.IsSuccess, Is.True, () => result.Error!.Message);
        var output = result.Output!.Value;
        Assert.Multiple(() =>
        {
            Assert.That(output.GetProperty("incidents").EnumerateArray().Select(i => i.GetProperty("id").GetString()), Is.EqualTo(new[] { "INC-1", "INC-2" }));
            Assert.That(output.GetProperty("truncated").GetBoolean(), Is.True);
            Assert.That(output.TryGetProperty("next_cursor", out _), Is.False);
            Assert.That(result.Warnings.Single().Code, Is.EqualTo("pagination_stopped"));
            Assert.That(Stub.RequestCount, Is.EqualTo(2));
        });
    }

    [Test]
    public async Task ExecuteAsync_NewCursorButOnlySeenIncidents_StopsWithoutRepeatingThem()
    {
        var cursor = 0;
        Stub.ReturnsInTurn("GET", "/v2/incidents", Enumerable.Range(0, 6)
            .Select(_ => (Func<IResponseBuilder, IResponseBuilder>)(r => r.WithStatusCode(200).WithHeader("Content-Type", "application/json")
                .WithBody(IncidentPages.Page(["INC-1", "INC-2"], after: $"C{++cursor}").ToJsonString()))).ToArray());

        var result = await new ListIncidentsAction(Clients).ExecuteAsync(
            Connections.Context(Stub.Connection(), new { auto_paginate = true, page_size = 2, max_results = 250 }), CancellationToken.None);

        Assert.That(result.IsSuccess, Is.True, () => result.Error!.Message);
        Assert.Multiple(() =>
        {
            Assert.That(result.Output!.Value.GetProperty("incidents").GetArrayLength(), Is.EqualTo(2));
            Assert.That(result.Warnings.Single().Message, Does.Contain("only incidents already read"));
            Assert.That(Stub.RequestCount, Is.EqualTo(2));
        });
    }

    [Test]
    public async Task ExecuteAsync_FilterAndPageSizeWrong_OneMessageListingEachAtItsPointer()
    {
        var error = await ActionRuns.ErrorAsync(new ListIncidentsAction(Clients), Stub.Connection(), System.Text.Json.Nodes.JsonNode.Parse("""
            {"page_size":0,"status_category":{"one_of":[{"x":1}]}}
            """));

        Assert.Multiple(() =>
        {
            Assert.That(error.Details, Is.EqualTo(new[]
            {
                new ActionErrorDetail("/page_size", "must be between 1 and 250", "out_of_range"),
                new ActionErrorDetail("/status_category/one_of/0", "a list may only hold text, numbers or booleans", "invalid_type"),
            }));
            Assert.That(error.Message, Is.EqualTo("Invalid list input: /page_size must be between 1 and 250; /status_category/one_of/0 a list may only hold text, numbers or booleans"));
        });
    }

    [Test]
    public async Task ExecuteAsync_OnePageGivingBackTheCursorItWasAskedAfter_ReturnsItWithoutAWarning()
    {
        Stub.ReturnsJson("GET", "/v2/incidents", IncidentPages.Page(["A", "B"], after: "B"));

        var result = await new ListIncidentsAction(Clients).ExecuteAsync(Connections.Context(Stub.Connection(), new { page_size = 2, after = "B" }), CancellationToken.None);

        var output = System.Text.Json.Nodes.JsonNode.Parse(result.Output!.Value.GetRawText())!;
        Assert.Multiple(() =>
        {
            Assert.That(result.Warnings, Is.Empty);
            Assert.That(((string?)output["next_cursor"], (bool?)output["truncated"]), Is.EqualTo(("B", false)));
        });
    }

    [Test]
    public async Task ExecuteAsync_CapEqualToAFullPage_IsNotTruncated()
    {
        Stub.ReturnsJson("GET", "/v2/incidents", IncidentPages.Page(["A", "B"], after: "B"));

        var output = await ActionRuns.OutputAsync(new ListIncidentsAction(Clients), Stub.Connection(), new { page_size = 2, max_results = 2 });

        Assert.Multiple(() =>
        {
            Assert.That((bool?)output["truncated"], Is.False, "the page is as large as page_size asked, the cap cut nothing");
            Assert.That((string?)output["next_cursor"], Is.EqualTo("B"));
        });
    }

    [Test]
    public async Task ExecuteAsync_WalkWhoseTotalChanges_KeepsTheLatest()
    {
        ServeTwoPagesWithTotals(2, 3);

        var output = await ActionRuns.OutputAsync(new ListIncidentsAction(Clients), Stub.Connection(), new { auto_paginate = true, page_size = 1 });

        Assert.That((long?)output["total_record_count"], Is.EqualTo(3));
    }

    [Test]
    public async Task ExecuteAsync_UnreadableIncident_WarnsNamingItsPage()
    {
        var page = IncidentPages.Page(["A"], after: null);
        page["incidents"]!.AsArray().Add(new System.Text.Json.Nodes.JsonObject { ["id"] = 5 });
        Stub.ReturnsJson("GET", "/v2/incidents", page);

        var result = await new ListIncidentsAction(Clients).ExecuteAsync(Connections.Context(Stub.Connection(), new { }), CancellationToken.None);

        var warning = result.Warnings.Single();
        Assert.Multiple(() =>
        {
            Assert.That(warning.Field, Is.EqualTo("/incidents/1"));
            Assert.That(warning.Message, Does.StartWith("page 1: "));
        });
    }

    // Page ["A"] (cursor "A", total first) then, after "A", the last page ["B"] (total second).
    private void ServeTwoPagesWithTotals(long first, long? second)
    {
        Stub.Server.Given(WireMock.RequestBuilders.Request.Create().WithPath("/v2/incidents").UsingGet()).AtPriority(100)
            .RespondWith(WireMock.ResponseBuilders.Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json")
                .WithBody(IncidentPages.Page(["A"], after: "A", total: first).ToJsonString()));
        Stub.Server.Given(WireMock.RequestBuilders.Request.Create().WithPath("/v2/incidents").WithParam("after", "A")).AtPriority(1)
            .RespondWith(WireMock.ResponseBuilders.Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json")
                .WithBody(IncidentPages.Page(["B"], after: null, total: second).ToJsonString()));
    }
}
