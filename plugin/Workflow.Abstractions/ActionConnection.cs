namespace Workflow.Abstractions;

/// <summary>The connection an action runs with: plain settings (e.g. a base URL) and secrets (e.g. an API key).</summary>
public sealed class ActionConnection
{
    private readonly IReadOnlyDictionary<string, string> _settings;
    private readonly IReadOnlyDictionary<string, SecretValue> _secrets;

    /// <summary>Creates a connection from resolved settings and secrets.</summary>
    public ActionConnection(IReadOnlyDictionary<string, string> settings, IReadOnlyDictionary<string, SecretValue> secrets)
    {
        _settings = settings;
        _secrets = secrets;
    }

    /// <summary>A connection with nothing configured.</summary>
    public static ActionConnection Empty { get; } =
        new(new Dictionary<string, string>(), new Dictionary<string, SecretValue>());

    /// <summary>A plain setting, or <c>null</c> when the host has none by that name.</summary>
    public string? GetSetting(string name) => _settings.TryGetValue(name, out var value) ? value : null;

    /// <summary>A secret, or <c>null</c> when the host has none by that name.</summary>
    public SecretValue? GetSecret(string name) => _secrets.TryGetValue(name, out var value) ? value : null;
}
