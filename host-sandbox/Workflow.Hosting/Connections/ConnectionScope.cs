namespace Workflow.Hosting.Connections;

/// <summary>
/// The connections of one command or request, and whatever was started to provide them (e.g. a local simulator),
/// stopped when the scope is disposed.
/// </summary>
internal sealed class ConnectionScope : IAsyncDisposable
{
    private readonly IAsyncDisposable? _owned;

    private ConnectionScope(ConnectionProvider? connections, IAsyncDisposable? owned, string? description, string? error)
    {
        Connections = connections!;
        _owned = owned;
        Description = description;
        Error = error;
    }

    /// <summary>Resolves each plugin's connection; not set when <see cref="Error"/> is.</summary>
    public ConnectionProvider Connections { get; }

    /// <summary>One line on where the connections point when the scope started something for them (the simulator), or null.</summary>
    public string? Description { get; }

    /// <summary>Why the connection values are unusable (e.g. a missing key file), or null.</summary>
    public string? Error { get; }

    /// <summary>A scope over connections someone else owns (e.g. the serve command's session); disposing it stops nothing.</summary>
    public static ConnectionScope Of(ConnectionProvider connections) => new(connections, null, null, null);

    /// <summary>A scope over <paramref name="connections"/> that stops <paramref name="owned"/> when disposed.</summary>
    /// <param name="connections">The connections.</param>
    /// <param name="owned">What serves them, e.g. an in-process simulator; null for nothing.</param>
    /// <param name="description">One line on <paramref name="owned"/> for the user, or null.</param>
    public static ConnectionScope Owning(ConnectionProvider connections, IAsyncDisposable? owned, string? description) => new(connections, owned, description, null);

    /// <summary>No connections: <paramref name="error"/> says why (a usage error).</summary>
    public static ConnectionScope Failed(string error) => new(null, null, null, error);

    public async ValueTask DisposeAsync()
    {
        if (_owned is not null)
        {
            await _owned.DisposeAsync();
        }
    }
}
