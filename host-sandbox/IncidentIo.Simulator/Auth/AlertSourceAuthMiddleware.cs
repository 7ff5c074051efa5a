using System.Security.Cryptography;
using System.Text;
using IncidentIo.Simulator.Errors;
using IncidentIo.Simulator.Seed;

namespace IncidentIo.Simulator.Auth;

/// <summary>
/// Authenticates <c>POST /v2/alert_events/http/{alert_source_config_id}</c> with the alert source's own secret, as
/// incident.io does: <c>Authorization: Bearer SECRET</c>, <c>Basic</c> with the secret as the password, or
/// <c>?token=SECRET</c>. An API key is not accepted here. The caller becomes the alert source, so rate limits and
/// injected faults apply per source.
/// </summary>
internal sealed class AlertSourceAuthMiddleware(SeedCatalog catalog)
{
    public const string PathPrefix = "/v2/alert_events/http/";

    public static bool Applies(HttpContext context) => context.Request.Path.StartsWithSegments(PathPrefix.TrimEnd('/'), StringComparison.Ordinal);

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var sourceId = context.Request.Path.Value![PathPrefix.Length..].Trim('/');
        var source = catalog.AlertSources.FirstOrDefault(s => (string?)s["id"] == sourceId);
        if (source is null)
        {
            await ApiError.NotFound($"No alert source config found with id '{sourceId}'").ExecuteAsync(context);
            return;
        }

        var presented = Presented(context.Request);
        if (presented is null)
        {
            await Unauthorized("missing_authorization_material", "No authorization material provided in request").ExecuteAsync(context);
            return;
        }

        if (!CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), Encoding.UTF8.GetBytes((string)source["secret_token"]!)))
        {
            await Unauthorized("invalid_authorization_material", "The token provided is not valid for this alert source").ExecuteAsync(context);
            return;
        }

        BearerAuthMiddleware.SetCaller(context, new ApiKeyIdentity("alert-source:" + sourceId, (string)source["name"]!, [], new HashSet<string>()));
        await next(context);
    }

    private static string? Presented(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString().Trim();
        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return header[7..].Trim();
        }

        if (header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                var pair = Encoding.UTF8.GetString(Convert.FromBase64String(header[6..].Trim()));
                return pair[(pair.IndexOf(':', StringComparison.Ordinal) + 1)..];
            }
            catch (FormatException)
            {
                return null;
            }
        }

        return request.Query["token"].ToString() is { Length: > 0 } token ? token : null;
    }

    private static ApiError Unauthorized(string code, string message) =>
        new(StatusCodes.Status401Unauthorized, "authentication_error", [new ApiErrorDetail(code, message)]);
}
