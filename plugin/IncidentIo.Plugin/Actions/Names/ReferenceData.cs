using IncidentIo.Plugin.Client;
using IncidentIo.Plugin.Models;
using Workflow.Abstractions;

namespace IncidentIo.Plugin.Actions.Names;

/// <summary>
/// The organisation's custom fields, their options and the incident roles, read once per instance (one run of one action):
/// <c>GET /v2/custom_fields</c>, <c>GET /v1/custom_field_options</c> (every page, 250 a page, at most <see cref="MaxOptionPages"/>)
/// and <c>GET /v2/incident_roles</c>. Each method answers the list or the error of the call that failed.
/// </summary>
internal sealed class ReferenceData(IncidentIoClientFactory clients, ActionContext context)
{
    /// <summary>The most option pages read per field (12,500 options).</summary>
    public const int MaxOptionPages = 50;

    private readonly Dictionary<string, IReadOnlyList<CustomFieldOptionV1>> _options = new(StringComparer.Ordinal);
    private IReadOnlyList<CustomFieldV2>? _fields;
    private IReadOnlyList<IncidentRoleV2>? _roles;

    /// <summary>What was left out of the custom fields answer to read it (a field incident.io sent but that could not be read), at its pointer.</summary>
    public IReadOnlyList<ActionErrorDetail> FieldWarnings { get; private set; } = [];

    public async Task<(IReadOnlyList<CustomFieldV2>? Fields, ActionError? Error)> CustomFieldsAsync(CancellationToken cancellationToken)
    {
        if (_fields is null)
        {
            var response = await clients.SendAsync<CustomFieldsListResultV2>(context.Connection, new ApiRequest(IncidentIoOperations.ListCustomFields), cancellationToken);
            if (!response.IsSuccess)
            {
                return (null, response.Error);
            }

            _fields = response.Value.CustomFields;
            FieldWarnings = response.Warnings;
        }

        return (_fields, null);
    }

    public async Task<(IReadOnlyList<CustomFieldOptionV1>? Options, ActionError? Error)> OptionsAsync(string customFieldId, CancellationToken cancellationToken)
    {
        if (_options.TryGetValue(customFieldId, out var known))
        {
            return (known, null);
        }

        var options = new List<CustomFieldOptionV1>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        string? after = null;
        for (var page = 0; page < MaxOptionPages; page++)
        {
            var request = new ApiRequest(IncidentIoOperations.ListCustomFieldOptions)
                .WithQuery("custom_field_id", customFieldId).WithQuery("page_size", "250").About($"custom field \"{customFieldId}\"");
            if (after is not null)
            {
                request.WithQuery("after", after);
            }

            var response = await clients.SendAsync<CustomFieldOptionsListResultV1>(context.Connection, request, cancellationToken);
            if (!response.IsSuccess)
            {
                return (null, response.Error);
            }

            options.AddRange(response.Value.CustomFieldOptions);
            after = response.Value.PaginationMeta?.After;
            if (string.IsNullOrEmpty(after) || !seen.Add(after))
            {
                break;
            }
        }

        _options[customFieldId] = options;
        return (options, null);
    }

    public async Task<(IReadOnlyList<IncidentRoleV2>? Roles, ActionError? Error)> RolesAsync(CancellationToken cancellationToken)
    {
        if (_roles is null)
        {
            var response = await clients.SendAsync<IncidentRolesListResultV2>(context.Connection, new ApiRequest(IncidentIoOperations.ListIncidentRoles), cancellationToken);
            if (!response.IsSuccess)
            {
                return (null, response.Error);
            }

            _roles = response.Value.IncidentRoles;
        }

        return (_roles, null);
    }
}
