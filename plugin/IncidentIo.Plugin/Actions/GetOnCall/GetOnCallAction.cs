using System.Globalization;
using IncidentIo.Plugin.Client;
using IncidentIo.Plugin.Models;
using Workflow.Abstractions;

namespace IncidentIo.Plugin.Actions.GetOnCall;

/// <summary>
/// Who is on call for a schedule now or at a given time (<c>GET /v2/schedule_entries</c>, scope <c>schedules.view</c>): reads the
/// schedule's <c>final</c> entries (after overrides) for a one-second window at <c>at</c> and keeps those covering that instant
/// (<c>start_at ≤ at &lt; end_at</c>). Follows the time cursor for at most <see cref="MaxPages"/> pages, and stops on a cursor seen before.
/// </summary>
[WorkflowAction("incidentio.get_on_call")]
public sealed class GetOnCallAction : IncidentIoAction
{
    /// <summary>The most pages one run reads; a one-second window normally fits on one.</summary>
    public const int MaxPages = 10;

    /// <summary>Creates the action with the shared client factory (used by the host).</summary>
    public GetOnCallAction()
        : this(null)
    {
    }

    internal GetOnCallAction(IncidentIoClientFactory? clients)
        : base(clients)
    {
    }

    /// <inheritdoc />
    private protected override async Task<ActionResult> RunAsync(ActionContext context, CancellationToken cancellationToken)
    {
        if (!GetOnCallInput.TryRead(context.Input, out var input, out var inputError))
        {
            return ActionResult.Failure(inputError);
        }

        var clients = ClientsFor(context);
        var at = input.At ?? clients.Options.TimeProvider.GetUtcNow();
        at = at.ToUniversalTime().AddTicks(-(at.Ticks % TimeSpan.TicksPerSecond));
        var end = Format(at.AddSeconds(1));
        var entries = new List<ScheduleEntryV2>();
        var warnings = new List<ActionErrorDetail>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        string? cursor = null;
        for (var page = 0; page < MaxPages; page++)
        {
            var request = new ApiRequest(IncidentIoOperations.ListScheduleEntries)
                .WithQuery("schedule_id", input.ScheduleId)
                .WithQuery("entry_window_start", cursor ?? Format(at))
                .WithQuery("entry_window_end", end)
                .About($"schedule \"{input.ScheduleId}\"");
            var response = await clients.SendAsync<SchedulesListScheduleEntriesResultV2>(context.Connection, request, cancellationToken);
            if (!response.IsSuccess)
            {
                return ActionResult.Failure(response.Error);
            }

            warnings.AddRange(response.Warnings);
            entries.AddRange(response.Value.ScheduleEntries.Final.Where(e => e.StartAt <= at && at < e.EndAt));
            cursor = response.Value.PaginationMeta?.After;
            if (string.IsNullOrEmpty(cursor) || !seen.Add(cursor))
            {
                break;
            }
        }

        var users = entries.Select(e => e.User).OfType<UserV2>().DistinctBy(u => u.Id).ToList();
        return ActionOutput.Success(new GetOnCallOutput(input.ScheduleId, at, users, entries), warnings);
    }

    private static string Format(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
