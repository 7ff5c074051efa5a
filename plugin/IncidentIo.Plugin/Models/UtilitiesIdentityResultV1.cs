namespace IncidentIo.Plugin.Models;

/// <summary>Response of <c>GET /v1/identity</c> (Utilities V1#Identity). Spec schema <c>UtilitiesIdentityResultV1</c>.</summary>
internal sealed record UtilitiesIdentityResultV1
{
    /// <summary>The calling key.</summary>
    public required IdentityV1 Identity { get; init; }
}
