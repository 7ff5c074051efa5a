using IncidentIo.Simulator.Errors;

namespace IncidentIo.Simulator.Auth;

/// <summary>
/// Endpoint filters answering 403 when the caller's key lacks what the operation needs: its scope (the spec's
/// <c>x-rbac-scopes</c>), or a role where the spec names no scope (the incident edit).
/// </summary>
internal static class RequiredPermission
{
    public static Func<EndpointFilterInvocationContext, EndpointFilterDelegate, ValueTask<object?>> Scope(string scope) =>
        Filter(caller => caller.Scopes.Contains(scope), $"'{scope}' scope");

    public static Func<EndpointFilterInvocationContext, EndpointFilterDelegate, ValueTask<object?>> Role(string role) =>
        Filter(caller => caller.Roles.Contains(role, StringComparer.Ordinal), $"'{role}' role");

    private static Func<EndpointFilterInvocationContext, EndpointFilterDelegate, ValueTask<object?>> Filter(Func<ApiKeyIdentity, bool> has, string what) =>
        (context, next) =>
        {
            var caller = BearerAuthMiddleware.Caller(context.HttpContext);
            if (has(caller))
            {
                return next(context);
            }

            // incident.io does not document its 403 body; type and code here are the simulator's choice.
            var message = $"The API key '{caller.Name}' does not have the {what} needed for this request";
            return ValueTask.FromResult<object?>(new ApiError(
                StatusCodes.Status403Forbidden, "authorization_error", [new ApiErrorDetail("insufficient_permissions", message)]));
        };
}
