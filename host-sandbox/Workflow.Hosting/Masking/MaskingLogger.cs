using Microsoft.Extensions.Logging;

namespace Workflow.Hosting.Masking;

/// <summary>Masks secrets in every message a plugin logs, before any provider formats it.</summary>
internal sealed class MaskingLogger(ILogger inner, SecretMasker masker) : ILogger
{
    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => inner.BeginScope(state);

    public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(logLevel);

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        inner.Log(logLevel, eventId, state, exception, (s, e) => masker.Mask(formatter(s, e)));
}
