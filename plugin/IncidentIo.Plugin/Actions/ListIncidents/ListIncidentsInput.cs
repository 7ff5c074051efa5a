using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;
using IncidentIo.Plugin.Client;
using Workflow.Abstractions;

namespace IncidentIo.Plugin.Actions.ListIncidents;

/// <summary>
/// Input of incidentio.list_incidents: the query parameters of <c>GET /v2/incidents</c> under their own names
/// (filters as <c>{operator: [values]}</c> objects), plus <c>auto_paginate</c> and its <c>max_results</c> cap.
/// </summary>
internal sealed record ListIncidentsInput
{
    public const int MaxPageSize = 250;
    public const int MaxMaxResults = 10_000;

    public int PageSize { get; init; } = 25;

    public string? After { get; init; }

    public string? SortBy { get; init; }

    public string? FilterMode { get; init; }

    public bool AutoPaginate { get; init; }

    public int MaxResults { get; init; } = 500;

    public JsonElement? Status { get; init; }

    public JsonElement? StatusCategory { get; init; }

    public JsonElement? Severity { get; init; }

    public JsonElement? IncidentType { get; init; }

    public JsonElement? Mode { get; init; }

    public JsonElement? CreatedAt { get; init; }

    public JsonElement? UpdatedAt { get; init; }

    public JsonElement? CustomField { get; init; }

    /// <summary>The filters in wire form, in this order: status, status_category, severity, incident_type, mode, created_at, updated_at, custom_field.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> FilterQuery { get; private init; } = [];

    public static bool TryRead(JsonElement input, [NotNullWhen(true)] out ListIncidentsInput? result, [NotNullWhen(false)] out ActionError? error)
    {
        result = null;
        if (!ActionInput.TryObject(input, out var node, out error) || !ActionInput.TryBind<ListIncidentsInput>(node, out var read, out error))
        {
            return false;
        }

        var problems = new List<ActionErrorDetail>();
        if (read.PageSize is < 1 or > MaxPageSize)
        {
            problems.Add(new("/page_size", $"must be between 1 and {MaxPageSize}", "out_of_range"));
        }

        if (read.MaxResults is < 1 or > MaxMaxResults)
        {
            problems.Add(new("/max_results", $"must be between 1 and {MaxMaxResults}", "out_of_range"));
        }

        var filters = new ApiRequest(IncidentIoOperations.ListIncidents);
        foreach (var (name, filter) in read.Filters().Where(f => f.Filter is { ValueKind: not JsonValueKind.Null }))
        {
            problems.AddRange(filter!.Value.ValueKind == JsonValueKind.Object
                ? DeepObjectQuery.Add(filters, name, filter.Value, "/" + name)
                : [new ActionErrorDetail("/" + name, "must be an object of operator to values, e.g. {\"one_of\": [\"live\"]}", "invalid_type")]);
        }

        if (problems.Count > 0)
        {
            error = ActionInput.Invalid($"Invalid list input: {string.Join("; ", problems.Select(p => $"{p.Field} {p.Message}"))}", [.. problems]);
            return false;
        }

        result = read with { FilterQuery = filters.Query };
        return true;
    }

    /// <summary>The request for one page of <paramref name="pageSize"/> incidents after <paramref name="cursor"/> (null: the first page).</summary>
    public ApiRequest PageRequest(int pageSize, string? cursor)
    {
        var request = new ApiRequest(IncidentIoOperations.ListIncidents)
            .WithQuery("page_size", pageSize.ToString(CultureInfo.InvariantCulture));
        AddIfSet(request, "after", cursor);
        AddIfSet(request, "sort_by", SortBy);
        AddIfSet(request, "filter_mode", FilterMode);
        foreach (var (name, value) in FilterQuery)
        {
            request.WithQuery(name, value);
        }

        return request;
    }

    private IEnumerable<(string Name, JsonElement? Filter)> Filters() =>
    [
        ("status", Status), ("status_category", StatusCategory), ("severity", Severity), ("incident_type", IncidentType),
        ("mode", Mode), ("created_at", CreatedAt), ("updated_at", UpdatedAt), ("custom_field", CustomField),
    ];

    private static void AddIfSet(ApiRequest request, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            request.WithQuery(name, value);
        }
    }
}
