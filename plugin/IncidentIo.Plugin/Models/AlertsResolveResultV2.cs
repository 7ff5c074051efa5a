namespace IncidentIo.Plugin.Models;

/// <summary>The body of <c>POST /v2/alerts/{id}/actions/resolve</c>. Spec schema <c>AlertsResolveResultV2</c>.</summary>
internal sealed record AlertsResolveResultV2
{
    /// <summary>The alert, resolved.</summary>
    public required AlertV2 Alert { get; init; }
}
