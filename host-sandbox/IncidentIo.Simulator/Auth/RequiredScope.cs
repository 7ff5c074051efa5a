using IncidentIo.Simulator.Errors;

namespace IncidentIo.Simulator.Auth;

/// <summary>An endpoint filter answering 403 when the caller's key lacks the operation's scope (the spec's <c>x-rbac-scopes</c>).</summary>
internal static class RequiredScope
{
    public static Func<EndpointFilterInvocationContext, EndpointFilterDelegate, ValueTask<object?>> Filter(string scope) =>
        (context, next) =>
        {
            var caller = BearerAuthMiddleware.Caller(context.HttpContext);
            if (caller.Scopes.Contains(scope))
            {
                return next(context);
            }

            // incident.io does not document its 403 body; type and code here are the simulator's choice.
            var message = $"The API key '{caller.Name}' does not have the '{scope}' scope needed for this request";
            return ValueTask.FromResult<object?>(new ApiError(
                StatusCodes.Status403Forbidden, "authorization_error", [new ApiErrorDetail("insufficient_permissions", message)]));
        };
}
