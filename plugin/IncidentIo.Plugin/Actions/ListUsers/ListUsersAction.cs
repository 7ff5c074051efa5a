using IncidentIo.Plugin.Client;
using IncidentIo.Plugin.Models;
using Workflow.Abstractions;

namespace IncidentIo.Plugin.Actions.ListUsers;

/// <summary>
/// Lists users (<c>GET /v2/users</c>, scope <c>users.view</c>). incident.io filters by exact <c>email</c> or
/// <c>slack_user_id</c> only; <c>name</c> is matched here (contains, ignoring case) over up to <see cref="MaxPages"/> pages of
/// <c>page_size</c>, so a search by name reads until it has <c>page_size</c> matches or the users run out.
/// </summary>
[WorkflowAction("incidentio.list_users")]
public sealed class ListUsersAction : IncidentIoAction
{
    /// <summary>The spec's maximum page size.</summary>
    public const int MaxPageSize = 10000;

    private static readonly string[] Filters = ["email", "slack_user_id"];

    /// <summary>The most pages a name search reads.</summary>
    public const int MaxPages = 20;

    /// <summary>Creates the action with the shared client factory (used by the host).</summary>
    public ListUsersAction()
        : this(null)
    {
    }

    internal ListUsersAction(IncidentIoClientFactory? clients)
        : base(clients)
    {
    }

    /// <inheritdoc />
    private protected override async Task<ActionResult> RunAsync(ActionContext context, CancellationToken cancellationToken)
    {
        if (!ActionInput.TryObject(context.Input, out var input, out var inputError))
        {
            return ActionResult.Failure(inputError);
        }

        // "name" stays in the input: the page request reads only page_size, after and the two filters.
        var name = ActionInput.Text(input["name"])?.Trim();
        var users = new List<UserWithRolesV2>();
        var warnings = new List<ActionErrorDetail>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        string? next = null;
        for (var page = 0; page < (string.IsNullOrEmpty(name) ? 1 : MaxPages); page++)
        {
            var request = new ApiRequest(IncidentIoOperations.ListUsers);
            var problems = ListFilters.AddPage(request, input, 25, MaxPageSize);
            if (problems.Count > 0)
            {
                return ActionResult.Failure(ListFilters.Invalid(problems));
            }

            foreach (var filter in Filters)
            {
                if (ActionInput.Text(input[filter])?.Trim() is { Length: > 0 } value)
                {
                    request.WithQuery(filter, value);
                }
            }

            if (input["include_inactive"]?.GetValueKind() == System.Text.Json.JsonValueKind.True)
            {
                request.WithQuery("include_inactive", "true");
            }

            var response = await ClientsFor(context).SendAsync<UsersListResultV2>(context.Connection, request, cancellationToken);
            if (!response.IsSuccess)
            {
                return ActionResult.Failure(response.Error);
            }

            warnings.AddRange(response.Warnings);
            users.AddRange(string.IsNullOrEmpty(name) ? response.Value.Users : response.Value.Users.Where(u => u.Name.Contains(name, StringComparison.OrdinalIgnoreCase)));
            next = response.Value.PaginationMeta?.After;
            if (string.IsNullOrEmpty(next) || !seen.Add(next) || users.Count >= ((int?)input["page_size"] ?? 25))
            {
                break;
            }

            input["after"] = next;
        }

        return ActionOutput.Success(new ListUsersOutput(users, string.IsNullOrEmpty(next) ? null : next), warnings);
    }
}
