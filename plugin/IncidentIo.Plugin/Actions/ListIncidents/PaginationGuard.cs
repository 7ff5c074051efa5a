namespace IncidentIo.Plugin.Actions.ListIncidents;

/// <summary>
/// Keeps a cursor walk of <c>GET /v2/incidents</c> from looping: it stops when incident.io hands back a cursor it gave
/// before, when a page brings only incidents already read, or after a bounded number of requests (twice the pages
/// <c>max_results</c> needs at <c>page_size</c>, plus one), whichever comes first.
/// </summary>
internal sealed class PaginationGuard(string? firstCursor, int maxResults, int pageSize)
{
    // Stryker disable once Conditional : equivalent; a null in the set is never matched, as StopReason is given non-null cursors
    private readonly HashSet<string> _cursors = firstCursor is null ? new(StringComparer.Ordinal) : new(StringComparer.Ordinal) { firstCursor };
    private readonly int _maxRequests = (2 * ((maxResults + pageSize - 1) / pageSize)) + 1;

    /// <summary>Why the walk must stop before asking for <paramref name="next"/>, or null to go on.</summary>
    /// <param name="next">The cursor incident.io returned with this page.</param>
    /// <param name="received">Incidents on this page.</param>
    /// <param name="added">Of those, incidents not read before.</param>
    /// <param name="requests">Requests sent so far in this walk.</param>
    public string? StopReason(string next, int received, int added, int requests)
    {
        if (!_cursors.Add(next))
        {
            return $"incident.io returned the cursor '{next}' a second time; the walk stopped there rather than read the same incidents again";
        }

        if (received > 0 && added == 0)
        {
            return $"page {requests} held only incidents already read; the walk stopped there rather than repeat them";
        }

        return requests >= _maxRequests
            ? $"the walk stopped after {requests} requests, the most one walk of max_results {maxResults} at page_size {pageSize} may send"
            : null;
    }
}
