namespace IncidentIo.Simulator.Auth;

/// <summary>Who a bearer key is: its id, name and roles (the key itself is never kept here, so it cannot be printed).</summary>
internal sealed record ApiKeyIdentity(string Id, string Name, IReadOnlyList<string> Roles);
