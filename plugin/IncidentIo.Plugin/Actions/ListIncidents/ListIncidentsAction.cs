using IncidentIo.Plugin.Client;
using IncidentIo.Plugin.Models;
using Workflow.Abstractions;

namespace IncidentIo.Plugin.Actions.ListIncidents;

/// <summary>
/// Lists incidents (<c>GET /v2/incidents</c>) with incident.io's filters: one page, or with <c>auto_paginate</c>
/// page after page until the end or <c>max_results</c>. Pages are asked for no larger than what the cap still
/// allows, so a walk never cuts a page and <c>next_cursor</c> always continues exactly after the last incident.
/// </summary>
[WorkflowAction("incidentio.list_incidents")]
public sealed class ListIncidentsAction : IncidentIoAction
{
    /// <summary>Creates the action with the shared client factory (used by the host).</summary>
    public ListIncidentsAction()
        : this(null)
    {
    }

    internal ListIncidentsAction(IncidentIoClientFactory? clients)
        : base(clients)
    {
    }

    /// <inheritdoc />
    private protected override async Task<ActionResult> RunAsync(ActionContext context, CancellationToken cancellationToken)
    {
        if (!ListIncidentsInput.TryRead(context.Input, out var input, out var inputError))
        {
            return ActionResult.Failure(inputError);
        }

        // Each page is written out as it arrives: the walk holds the output's JSON and one page of models.
        using var output = new ListIncidentsOutputWriter();
        var cursor = input.After;
        long? total = null;
        var walk = new PaginationGuard(input.After, input.MaxResults, input.PageSize);
        var warnings = new List<ActionErrorDetail>();
        for (var page = 1; ; page++)
        {
            var size = Math.Min(input.PageSize, input.MaxResults - output.Count);
            var response = await ClientsFor(context).SendAsync<IncidentsListResultV2>(context.Connection, input.PageRequest(size, cursor), cancellationToken);
            if (!response.IsSuccess)
            {
                return ActionResult.Failure(response.Error);
            }

            var body = response.Value;
            warnings.AddRange(response.Warnings.Select(w => w with { Message = $"page {page}: {w.Message}" }));
            total = body.PaginationMeta?.TotalRecordCount ?? total;
            cursor = NonEmpty(body.PaginationMeta?.After);
            var before = output.Count;
            if (body.Incidents.Count > size)
            {
                // More than asked for: keep what fits and continue after the last one kept.
                output.Add(body.Incidents.Take(size));
                cursor = output.LastId;
            }
            else
            {
                output.Add(body.Incidents);
            }

            ListIncidentsLog.PageRead(context.Logger, page, body.Incidents.Count, output.Count, cursor is not null);
            if (input.AutoPaginate && cursor is not null && walk.StopReason(cursor, body.Incidents.Count, output.Count - before, page) is { } loop)
            {
                // Going on would repeat incidents (or never end): keep what was read, say why it stopped.
                warnings.Add(new ActionErrorDetail(null, loop, "pagination_stopped"));
                return ActionResult.Success(output.Complete(null, total, truncated: true), warnings);
            }

            var capReached = output.Count >= input.MaxResults;
            if (!input.AutoPaginate || cursor is null || capReached || body.Incidents.Count == 0)
            {
                // The cap "stopped" a single page only when it made the page smaller than page_size.
                var truncated = cursor is not null && capReached && (input.AutoPaginate || size < input.PageSize);
                return ActionResult.Success(output.Complete(cursor, total, truncated), warnings);
            }
        }
    }

    private static string? NonEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
