using System.CommandLine;
using Workflow.Sandbox.Cli;

namespace Workflow.Sandbox.Commands;

/// <summary>
/// Declares a command's arguments and options and reads them into its settings (plain data). Each command builds its
/// own, so no option object is shared between commands.
/// </summary>
/// <typeparam name="TSettings">The command's settings.</typeparam>
internal sealed class SettingsBinder<TSettings>(Command command)
    where TSettings : CommandSettings, new()
{
    private readonly List<Action<ParseResult, TSettings>> _reads = [];

    /// <summary>Adds a required positional argument, shown in help as <c>&lt;NAME&gt;</c>.</summary>
    public SettingsBinder<TSettings> Argument(string name, string description, Action<TSettings, string> set)
    {
        var argument = new Argument<string>(name) { Description = description };
        command.Arguments.Add(argument);
        _reads.Add((result, settings) => set(settings, result.GetValue(argument)!));
        return this;
    }

    /// <summary>Adds a positional argument taking one or more values, shown in help as <c>&lt;NAME&gt;...</c>.</summary>
    public SettingsBinder<TSettings> Arguments(string name, string description, Action<TSettings, string[]> set)
    {
        var argument = new Argument<string[]>(name) { Description = description, Arity = ArgumentArity.OneOrMore };
        command.Arguments.Add(argument);
        _reads.Add((result, settings) => set(settings, result.GetValue(argument) ?? []));
        return this;
    }

    /// <summary>Adds an option taking a value, shown in help as <c>--name &lt;VALUE_NAME&gt;</c>.</summary>
    public SettingsBinder<TSettings> Option<T>(string name, string valueName, string description, Action<TSettings, T?> set, T? defaultValue = default)
    {
        var option = new Option<T>(name) { Description = description, HelpName = valueName };
        if (defaultValue is not null)
        {
            option.DefaultValueFactory = _ => defaultValue;
        }

        command.Options.Add(option);
        _reads.Add((result, settings) => set(settings, result.GetValue(option)));
        return this;
    }

    /// <summary>Adds a flag (an option without a value).</summary>
    public SettingsBinder<TSettings> Flag(string name, string description, Action<TSettings, bool> set)
    {
        var option = new Option<bool>(name) { Description = description };
        command.Options.Add(option);
        _reads.Add((result, settings) => set(settings, result.GetValue(option)));
        return this;
    }

    /// <summary>
    /// Runs <paramref name="execute"/> with the settings read from the command line, after their own checks
    /// (<see cref="CommandSettings.Validate"/>: a problem prints "Error: …" and exits 2).
    /// </summary>
    public Command OnRun(CommandServices services, Func<CommandServices, TSettings, CancellationToken, Task<int>> execute)
    {
        command.SetAction(async (result, cancellationToken) =>
        {
            var settings = new TSettings();
            foreach (var read in _reads)
            {
                read(result, settings);
            }

            return settings.Validate() is { } problem ? services.Errors.Usage(problem) : await execute(services, settings, cancellationToken);
        });
        return command;
    }

    /// <inheritdoc cref="OnRun(CommandServices, Func{CommandServices, TSettings, CancellationToken, Task{int}})"/>
    public Command OnRun(CommandServices services, Func<CommandServices, TSettings, int> execute) =>
        OnRun(services, (s, settings, _) => Task.FromResult(execute(s, settings)));
}
