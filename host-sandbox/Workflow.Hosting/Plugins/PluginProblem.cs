namespace Workflow.Hosting.Plugins;

/// <summary>One thing wrong with a plugin folder.</summary>
/// <param name="Plugin">The plugin id, or its folder name when plugin.json could not be read.</param>
/// <param name="File">The file concerned, relative to the plugins directory.</param>
/// <param name="Message">What is wrong, in one line.</param>
/// <param name="ActionId">The action concerned, when the problem is about one action.</param>
public sealed record PluginProblem(string Plugin, string File, string Message, string? ActionId = null)
{
    /// <summary>The problem in one line: <c>plugin: file: message</c>.</summary>
    public override string ToString() => $"{Plugin}: {File}: {Message}";
}
