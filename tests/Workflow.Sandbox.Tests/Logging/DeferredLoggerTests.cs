using Microsoft.Extensions.Logging;
using Workflow.Hosting.Logging;

namespace Workflow.Sandbox.Tests.Logging;

public class DeferredLoggerTests
{
    [Test]
    public void Log_BelowMinimum_RealLoggerNeverCreated()
    {
        var created = 0;
        var logger = new DeferredLogger(() => { created++; return new ListLogger(); }, LogLevel.Warning);

        Write(logger, LogLevel.Debug, "hidden");
        Write(logger, LogLevel.Information, "hidden");

        Assert.That(created, Is.Zero);
        Assert.That(logger.IsEnabled(LogLevel.Information), Is.False);
    }

    [Test]
    public void Log_AtOrAboveMinimum_CreatedOnceAndEveryMessageDelivered()
    {
        var created = 0;
        var real = new ListLogger();
        var logger = new DeferredLogger(() => { created++; return real; }, LogLevel.Warning);

        Write(logger, LogLevel.Warning, "first");
        Write(logger, LogLevel.Error, "second");

        Assert.That(created, Is.EqualTo(1));
        Assert.That(string.Join(",", real.Messages), Is.EqualTo("first,second"));
    }

    [Test]
    public void IsEnabled_RealLoggerFiltersMore_RealLoggerDecides()
    {
        var logger = new DeferredLogger(() => new ListLogger(LogLevel.Error), LogLevel.Debug);

        Assert.That(logger.IsEnabled(LogLevel.Warning), Is.False);
        Assert.That(logger.IsEnabled(LogLevel.Error), Is.True);
    }

    private static void Write(DeferredLogger logger, LogLevel level, string text) => logger.Log(level, default, text, null, (s, _) => s);

    private sealed class ListLogger(LogLevel minimum = LogLevel.Trace) : ILogger
    {
        public List<string> Messages { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= minimum;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Messages.Add(formatter(state, exception));
    }
}
