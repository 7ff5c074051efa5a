using Microsoft.Extensions.Logging;

namespace Workflow.Hosting.Logging;

/// <summary>
/// A logger that creates the real one (and with it the logger factory and its console provider) only for a
/// message at or above <paramref name="minimum"/>: a command that never logs, such as <c>list</c> without
/// --verbose, never pays for building the logging.
/// </summary>
/// <param name="create">Creates the real logger, at the first message that gets through.</param>
/// <param name="minimum">The factory's minimum level; anything below it would be dropped by the real logger anyway.</param>
internal sealed class DeferredLogger(Func<ILogger> create, LogLevel minimum) : ILogger
{
    private ILogger? _logger;

    private ILogger Logger => _logger ??= create();

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => Logger.BeginScope(state);

    public bool IsEnabled(LogLevel logLevel) => logLevel >= minimum && logLevel != LogLevel.None && Logger.IsEnabled(logLevel);

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (IsEnabled(logLevel))
        {
            Logger.Log(logLevel, eventId, state, exception, formatter);
        }
    }
}
