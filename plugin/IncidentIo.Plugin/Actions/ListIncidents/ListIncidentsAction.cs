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
        for (var page = 1; ; page++)
        {
            var size = Math.Min(input.PageSize, input.MaxResults - output.Count);
            var response = await ClientsFor(context).SendAsync<IncidentsListResultV2>(context.Connection, input.PageRequest(size, cursor), cancellationToken);
            if (!response.IsSuccess)
            {
                return ActionResult.Failure(response.Error);
            }

            var body = response.Value;
            total = body.PaginationMeta?.TotalRecordCount ?? total;
            cursor = NonEmpty(body.PaginationMeta?.After);
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
            var capReached = output.Count >= input.MaxResults;
            if (!input.AutoPaginate || cursor is null || capReached || body.Incidents.Count == 0)
            {
                // The cap "stopped" a single page only when it made the page smaller than page_size.
                var truncated = cursor is not null && capReached && (input.AutoPaginate || size < input.PageSize);
                return ActionResult.Success(output.Complete(cursor, total, truncated));
            }
        }
    }

    private static string? NonEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
