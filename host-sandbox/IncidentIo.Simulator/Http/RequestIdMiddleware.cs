using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace IncidentIo.Simulator.Http;

/// <summary>
/// Gives every request a uuid request_id (echoed as X-Request-Id, as incident.io does) and logs one line per
/// request: method, path, status, duration. Never the query's values or headers, so no key reaches a log.
/// </summary>
internal sealed partial class RequestIdMiddleware(ILogger logger)
{
    public const string Header = "X-Request-Id";

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        context.TraceIdentifier = Guid.NewGuid().ToString();
        context.Response.Headers[Header] = context.TraceIdentifier;
        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            if (logger.IsEnabled(LogLevel.Information))
            {
                var status = context.RequestAborted.IsCancellationRequested ? "aborted" : context.Response.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture);
                var elapsed = (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                var path = context.Request.Path.Value;
                LogRequest(logger, context.Request.Method, path, status, elapsed, context.TraceIdentifier);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Method} {Path} -> {Status} in {Elapsed} ms (request {RequestId})")]
    private static partial void LogRequest(ILogger logger, string method, string? path, string status, long elapsed, string requestId);
}
