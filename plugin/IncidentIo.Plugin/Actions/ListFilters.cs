using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using IncidentIo.Plugin.Client;
using Workflow.Abstractions;

namespace IncidentIo.Plugin.Actions;

/// <summary>
/// The query of a one-page list action: <c>page_size</c>, <c>after</c> and filters given as <c>{operator: [values]}</c>
/// objects under the spec's parameter names, sent in incident.io's bracket (deepObject) form.
/// </summary>
internal static class ListFilters
{
    /// <summary>
    /// Adds <c>page_size</c> (default <paramref name="defaultPageSize"/>, 1 to <paramref name="maxPageSize"/>), <c>after</c> and
    /// each filter of <paramref name="filterNames"/> present in <paramref name="input"/> to <paramref name="request"/>;
    /// every problem is a detail naming its JSON Pointer.
    /// </summary>
    public static List<ActionErrorDetail> AddPage(ApiRequest request, JsonObject input, int defaultPageSize, int maxPageSize, params string[] filterNames)
    {
        var problems = new List<ActionErrorDetail>();
        // Plain locals, not pattern variables: a mutant of these conditions must still compile, or Stryker drops every
        // mutant of this method (tests/Mutation/README.md).
        var size = input["page_size"];
        var pageSize = defaultPageSize;
        if (size is not null && !(size.GetValueKind() == JsonValueKind.Number && size.AsValue().TryGetValue(out pageSize) && pageSize >= 1 && pageSize <= maxPageSize))
        {
            problems.Add(new("/page_size", $"must be an integer from 1 to {maxPageSize}", "out_of_range"));
        }

        request.WithQuery("page_size", pageSize.ToString(CultureInfo.InvariantCulture));
        if (ActionInput.Text(input["after"]) is { Length: > 0 } after)
        {
            request.WithQuery("after", after);
        }

        foreach (var name in filterNames)
        {
            var filter = input[name];
            if (filter is null)
            {
                continue;
            }

            problems.AddRange(filter.GetValueKind() == JsonValueKind.Object
                ? DeepObjectQuery.Add(request, name, JsonSerializer.SerializeToElement(filter), "/" + name)
                : [new ActionErrorDetail("/" + name, "must be an object of operator to values, e.g. {\"one_of\": [\"firing\"]}", "invalid_type")]);
        }

        return problems;
    }

    /// <summary>The <c>validation_failed</c> error for <paramref name="problems"/>, one detail each.</summary>
    public static ActionError Invalid(IReadOnlyList<ActionErrorDetail> problems) =>
        ActionInput.Invalid($"Invalid list input: {string.Join("; ", problems.Select(p => $"{p.Field} {p.Message}"))}", [.. problems]);
}
