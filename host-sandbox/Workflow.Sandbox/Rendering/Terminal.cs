using Spectre.Console;

namespace Workflow.Sandbox.Rendering;

/// <summary>
/// Where a command writes: <see cref="Out"/> for JSON and plain lines, straight to stdout; <see cref="Console"/> for
/// tables, trees and colour. The Spectre console is built at its first use, so a <c>--json</c> command never loads it.
/// </summary>
/// <param name="output">stdout, or a test's buffer.</param>
/// <param name="plain">No colours, no ANSI codes, no wrapping (stdout is piped, or a test reads it).</param>
internal sealed class Terminal(TextWriter output, bool plain)
{
    private IAnsiConsole? _console;

    /// <summary>The raw writer: what is written here reaches stdout unchanged (apart from masking).</summary>
    public TextWriter Out => output;

    /// <summary>The Spectre console over <see cref="Out"/>, for rendering.</summary>
    public IAnsiConsole Console => _console ??= SandboxConsole.Create(output, plain);

    /// <summary>The process's stdout; plain when it is redirected.</summary>
    public static Terminal ForProcess() => new(System.Console.Out, System.Console.IsOutputRedirected);
}
