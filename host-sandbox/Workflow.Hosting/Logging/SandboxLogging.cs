using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace Workflow.Hosting.Logging;

/// <summary>The host's logging: the console logger, entirely on stderr so stdout stays machine-readable.</summary>
internal static class SandboxLogging
{
    /// <summary>The lowest level that gets through: debug when verbose, warnings and errors otherwise.</summary>
    public static LogLevel MinimumLevel(bool verbose) => verbose ? LogLevel.Debug : LogLevel.Warning;

    /// <param name="verbose">Debug level when true, warnings and errors only otherwise.</param>
    /// <param name="configure">Replaces the console provider (tests capture logs with it).</param>
    public static ILoggerFactory Create(bool verbose, Action<ILoggingBuilder>? configure = null) =>
        LoggerFactory.Create(builder =>
        {
            builder.SetMinimumLevel(MinimumLevel(verbose));
            if (configure is not null)
            {
                configure(builder);
                return;
            }

            builder.AddSimpleConsole(options =>
            {
                options.SingleLine = true;
                options.TimestampFormat = "HH:mm:ss.fff ";
            });
            builder.Services.Configure<ConsoleLoggerOptions>(options => options.LogToStandardErrorThreshold = LogLevel.Trace);
        });
}
