using System.Security.Cryptography;
using System.Text;
using IncidentIo.Simulator.Errors;

namespace IncidentIo.Simulator.Auth;

/// <summary>Checks <c>Authorization: Bearer KEY</c> on every API route, as incident.io does.</summary>
internal sealed class BearerAuthMiddleware(IReadOnlyList<(string Key, ApiKeyIdentity Identity)> keys)
{
    private static readonly object ItemKey = new();

    public static ApiKeyIdentity Caller(HttpContext context) =>
        context.Items[ItemKey] as ApiKeyIdentity ?? throw new InvalidOperationException("The request was not authenticated.");

    /// <summary>Records who is calling when another scheme authenticated the request (an alert source's token).</summary>
    public static void SetCaller(HttpContext context, ApiKeyIdentity identity) => context.Items[ItemKey] = identity;

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var header = context.Request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        if (!header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) || header.Length == scheme.Length)
        {
            await Unauthorized("missing_authorization_material", "No authorization material provided in request").ExecuteAsync(context);
            return;
        }

        var identity = Find(header[scheme.Length..].Trim());
        if (identity is null)
        {
            // incident.io documents only missing_authorization_material; this code for a wrong key is the simulator's choice.
            await Unauthorized("invalid_authorization_material", "The API key provided is not valid").ExecuteAsync(context);
            return;
        }

        context.Items[ItemKey] = identity;
        await next(context);
    }

    private ApiKeyIdentity? Find(string presented)
    {
        var bytes = Encoding.UTF8.GetBytes(presented);
        ApiKeyIdentity? found = null;
        foreach (var (key, identity) in keys)
        {
            // Fixed-time comparison: the simulator stands in for a real server in drills, so behave like one.
            if (CryptographicOperations.FixedTimeEquals(bytes, Encoding.UTF8.GetBytes(key)))
            {
                found = identity;
            }
        }

        return found;
    }

    private static ApiError Unauthorized(string code, string message) =>
        new(StatusCodes.Status401Unauthorized, "authentication_error", [new ApiErrorDetail(code, message)]);
}
