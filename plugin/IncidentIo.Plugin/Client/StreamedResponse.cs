using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using IncidentIo.Plugin.Json;
using RestSharp;
using Workflow.Abstractions;

namespace IncidentIo.Plugin.Client;

/// <summary>
/// An answer read by <see cref="StreamedResponse{T}.Writer"/> instead of RestSharp's own reading: the response headers are
/// kept as HttpClient parsed them (<see cref="HttpHeaders"/>) rather than copied into <see cref="RestResponseBase.Headers"/>.
/// </summary>
internal abstract class StreamedResponse(RestRequest request, HttpResponseMessage message) : RestResponse(request)
{
    /// <summary>The answer's headers (not its content headers); read them with <see cref="ResponseHeaders.Find"/>.</summary>
    public HttpResponseHeaders HttpHeaders { get; } = message.Headers;

    /// <summary>The status line and content metadata, as RestSharp would set them for this client's options.</summary>
    protected void CopyStatus(HttpResponseMessage message)
    {
        StatusCode = message.StatusCode;
        StatusDescription = message.ReasonPhrase;
        IsSuccessStatusCode = message.IsSuccessStatusCode;
        // Every HTTP answer is "completed", as IncidentIoClient's CalculateResponseStatus says; only transport failures are not.
        ResponseStatus = ResponseStatus.Completed;
        ContentType = message.Content.Headers.ContentType?.MediaType;
        ContentLength = message.Content.Headers.ContentLength;
        ResponseUri = message.RequestMessage?.RequestUri;
        Version = message.Version;
    }

    /// <summary>The buffered body as text in its declared charset (UTF-8 when none or unknown), as RestSharp decodes it.</summary>
    protected static string Text(Stream body, HttpContent content)
    {
        body.Position = 0;
        using var reader = new StreamReader(body, EncodingOf(content) ?? Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        return reader.ReadToEnd();
    }

    /// <summary>The declared charset's encoding; null when none is declared or it is unknown.</summary>
    protected static Encoding? EncodingOf(HttpContent content)
    {
        try
        {
            return content.Headers.ContentType?.CharSet is { Length: > 0 } charset ? Encoding.GetEncoding(charset.Trim('"')) : null;
        }
        // Stryker disable once Block : equivalent; an emptied catch falls through to Stryker's "return default", which is this null
        catch (ArgumentException)
        {
            return null;
        }
    }
}

/// <summary>
/// A 2xx answer read straight from the response stream into <typeparamref name="T"/> (<see cref="LenientReader"/>), inside
/// RestSharp's call, as each attempt's <see cref="RestRequest.AdvancedResponseWriter"/>. RestSharp's own reading copies every
/// body to a MemoryStream, a byte array (<c>RawBytes</c>) and a string (<c>Content</c>) before the plugin reads the string:
/// about 50 KB of garbage per get_incident (tests/Benchmarks hotpath). Any other answer keeps its text in <c>Content</c>,
/// because <see cref="Errors.ApiErrorMapper"/> reads error bodies as text.
/// </summary>
/// <remarks>
/// The writer runs synchronously: that is safe because RestSharp sends with <see cref="HttpCompletionOption.ResponseContentRead"/>
/// (its default, never changed by this client), so the body is already buffered and reading it does no I/O.
/// </remarks>
internal sealed class StreamedResponse<T> : StreamedResponse
{
    /// <summary>The writer to set on a request whose 2xx answer is a <typeparamref name="T"/> (one delegate per type, no per-call state).</summary>
    public static readonly Func<HttpResponseMessage, RestRequest, RestResponse> Writer = (message, request) => new StreamedResponse<T>(request, message);

    private StreamedResponse(RestRequest request, HttpResponseMessage message)
        : base(request, message)
    {
        CopyStatus(message);
        using var body = message.Content.ReadAsStream();
        if (!message.IsSuccessStatusCode)
        {
            Content = Text(body, message.Content);
            return;
        }

        try
        {
            // STJ reads UTF-8 only: a body in another declared charset is decoded to text first, as RestSharp would.
            Value = EncodingOf(message.Content) is { CodePage: not 65001 }
                ? LenientReader.Read<T>(Text(body, message.Content), out var warnings)
                : LenientReader.Read<T>(body, out warnings);
            Warnings = warnings;
        }
        catch (JsonException problem)
        {
            Problem = problem;
            Content = Text(body, message.Content);
        }
    }

    /// <summary>The body as <typeparamref name="T"/>; default when <see cref="Problem"/> is set or the answer is not 2xx.</summary>
    public T? Value { get; }

    /// <summary>What was left out of the body to read it, each at its JSON Pointer.</summary>
    public IReadOnlyList<ActionErrorDetail> Warnings { get; } = [];

    /// <summary>Why a 2xx body could not be read as <typeparamref name="T"/> (its text is then in <c>Content</c>); null when it was read.</summary>
    public JsonException? Problem { get; }
}
