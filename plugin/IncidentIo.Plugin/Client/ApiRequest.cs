namespace IncidentIo.Plugin.Client;

/// <summary>One call to make: the operation plus its path parameters, query, body and what it is about.</summary>
internal sealed class ApiRequest
{
    private readonly Dictionary<string, string> _pathParameters = new(StringComparer.Ordinal);
    private readonly List<KeyValuePair<string, string>> _query = [];

    public ApiRequest(ApiOperation operation) => Operation = operation;

    public ApiOperation Operation { get; }

    /// <summary>Values for the <c>{name}</c> segments of the path; URL-encoded when sent.</summary>
    public IReadOnlyDictionary<string, string> PathParameters => _pathParameters;

    /// <summary>Query parameters in order; a name may repeat (deepObject filters repeat keys).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Query => _query;

    /// <summary>The JSON body, serialised with <see cref="Json.IncidentIoJson.Options"/>; null for none.</summary>
    public object? Body { get; private set; }

    /// <summary>What the call is about, for messages, e.g. <c>incident "123"</c> (used by 404 errors).</summary>
    public string? Subject { get; private set; }

    /// <summary>The idempotency key the body carries, when the operation has one.</summary>
    public string? IdempotencyKey { get; private set; }

    /// <summary>True when a failed attempt may be repeated: the operation is safe to repeat, and has the key it needs.</summary>
    public bool MayRetry => Operation.SafeToRetry && (!Operation.RetryNeedsIdempotencyKey || !string.IsNullOrWhiteSpace(IdempotencyKey));

    public ApiRequest WithIdempotencyKey(string? key)
    {
        IdempotencyKey = key;
        return this;
    }

    public ApiRequest WithPathParameter(string name, string value)
    {
        _pathParameters[name] = value;
        return this;
    }

    public ApiRequest WithQuery(string name, string value)
    {
        _query.Add(new(name, value));
        return this;
    }

    public ApiRequest WithBody(object body)
    {
        Body = body;
        return this;
    }

    public ApiRequest About(string subject)
    {
        Subject = subject;
        return this;
    }
}
