using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace IncidentIo.Plugin.Tests.Reliability.Drill;

/// <summary>Counts the simulator's one-line-per-request log entries by their Status value (a code or "aborted").</summary>
internal sealed class RequestCountingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentDictionary<string, int> _byStatus = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, int> ByStatus => new Dictionary<string, int>(_byStatus, StringComparer.Ordinal);

    public ILogger CreateLogger(string categoryName) => new Counter(this);

    public void Dispose()
    {
    }

    private sealed class Counter(RequestCountingLoggerProvider owner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (state is IReadOnlyList<KeyValuePair<string, object?>> values
                && values.FirstOrDefault(v => v.Key == "Status").Value is string status
                && values.Any(v => v.Key == "Path" && v.Value is "/v2/incidents"))
            {
                owner._byStatus.AddOrUpdate(status, 1, (_, n) => n + 1);
            }
        }
    }
}
