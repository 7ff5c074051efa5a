using System.Text.Json.Nodes;
using IncidentIo.Simulator.Schedules;
using IncidentIo.Simulator.Tests.Support;

namespace IncidentIo.Simulator.Tests.Schedules;

[TestFixture]
public sealed class ScheduleEndpointsTests
{
    private SimulatorHarness _harness = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => _harness = await SimulatorHarness.StartAsync();

    [OneTimeTearDown]
    public async Task StopAsync() => await _harness.DisposeAsync();

    [Test]
    public async Task Entries_Window_ReturnsTheRotasShiftsInTurnWithFinalEqualToScheduled()
    {
        // Weekly shifts from Monday 2024-01-01 09:00Z: Alice, Bob, Carol, Alice…
        var (status, body) = await _harness.GetAsync(
            $"/v2/schedule_entries?schedule_id={SeedIds.PrimarySchedule}&entry_window_start=2024-01-08T10:00:00Z&entry_window_end=2024-01-22T09:00:00Z");

        var final = body["schedule_entries"]!["final"]!.AsArray();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(status, Is.EqualTo(200));
            Assert.That(final.Select(e => (string?)e!["start_at"]), Is.EqualTo(new List<string> { "2024-01-08T09:00:00.000000Z", "2024-01-15T09:00:00.000000Z" }));
            Assert.That(final.Select(e => (string?)e!["user"]!["id"]), Is.EqualTo(new List<string> { SeedIds.Bob, SeedIds.Carol }));
            Assert.That(JsonNode.DeepEquals(body["schedule_entries"]!["scheduled"], final), Is.True);
            Assert.That(body.ContainsKey("pagination_meta"), Is.False);
        }
    }

    [Test]
    public async Task Entries_UnfilledShift_HasNoUser()
    {
        // Daily shifts from 2024-01-01: Carol, nobody, Carol…
        var (_, body) = await _harness.GetAsync(
            $"/v2/schedule_entries?schedule_id={SeedIds.SecondarySchedule}&entry_window_start=2024-01-02T12:00:00Z&entry_window_end=2024-01-02T12:00:01Z");

        var entry = body["schedule_entries"]!["final"]!.AsArray().Single()!.AsObject();
        Assert.That(entry.ContainsKey("user"), Is.False);
    }

    [Test]
    public async Task Entries_LongWindow_PagesByTheTimeCursorWithoutLosingOrRepeatingAShift()
    {
        var end = "2024-07-01T00:00:00Z";
        var starts = new List<string>();
        string? cursor = "2024-01-01T00:00:00Z";
        var pages = 0;
        while (cursor is not null && pages++ < 10)
        {
            var (_, body) = await _harness.GetAsync($"/v2/schedule_entries?schedule_id={SeedIds.SecondarySchedule}&entry_window_start={cursor}&entry_window_end={end}");
            starts.AddRange(body["schedule_entries"]!["final"]!.AsArray().Select(e => (string)e!["start_at"]!));
            cursor = (string?)body["pagination_meta"]?["after"];
        }

        using (Assert.EnterMultipleScope())
        {
            Assert.That(pages, Is.EqualTo(2), $"{182} daily shifts in pages of {ScheduleEndpoints.EntriesPerPage}");
            Assert.That(starts, Has.Count.EqualTo(182));
            Assert.That(starts, Is.Unique);
        }
    }

    [TestCase("", 422)]
    [TestCase("?schedule_id=01JDA0000000000000000NOPE0", 404)]
    [TestCase("?schedule_id=" + SeedIds.PrimarySchedule + "&entry_window_start=soon", 422)]
    [TestCase("?schedule_id=" + SeedIds.PrimarySchedule + "&entry_window_start=2024-01-02T00:00:00Z&entry_window_end=2024-01-01T00:00:00Z", 422)]
    public async Task Entries_BadQuery_IsRefused(string query, int expected)
    {
        var (status, _) = await _harness.GetAsync("/v2/schedule_entries" + query);

        Assert.That(status, Is.EqualTo(expected));
    }

    [Test]
    public async Task List_PageOfOne_CarriesTheCursorAndTotal()
    {
        var (_, first) = await _harness.GetAsync("/v2/schedules?page_size=1");
        var (_, second) = await _harness.GetAsync($"/v2/schedules?page_size=1&after={first["pagination_meta"]!["after"]}");

        using (Assert.EnterMultipleScope())
        {
            Assert.That((string?)first["schedules"]![0]!["id"], Is.EqualTo(SeedIds.PrimarySchedule));
            Assert.That((int?)first["pagination_meta"]!["total_record_count"], Is.EqualTo(2));
            Assert.That((string?)second["schedules"]![0]!["id"], Is.EqualTo(SeedIds.SecondarySchedule));
            Assert.That(second["pagination_meta"]!.AsObject().ContainsKey("after"), Is.False);
            Assert.That(first["schedules"]![0]!.AsObject().ContainsKey("rotation"), Is.False, "the seed's rotation is not a ScheduleV2 field");
        }
    }

    [Test]
    public async Task List_PagesOverTwentyFive_HaveNoNextShifts()
    {
        var (_, small) = await _harness.GetAsync("/v2/schedules");
        var (_, large) = await _harness.GetAsync("/v2/schedules?page_size=26");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(small["schedules"]![0]!["next_shifts"]!.AsArray(), Has.Count.EqualTo(1));
            Assert.That(large["schedules"]![0]!["next_shifts"]!.AsArray(), Is.Empty);
            Assert.That(small["schedules"]![0]!["current_shifts"]!.AsArray(), Has.Count.EqualTo(1));
        }
    }
}
