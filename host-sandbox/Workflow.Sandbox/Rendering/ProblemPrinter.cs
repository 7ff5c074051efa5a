using System.Text.Json.Nodes;
using Spectre.Console;
using Workflow.Hosting.Plugins;

namespace Workflow.Sandbox.Rendering;

/// <summary>Prints plugin problems: one red line each, or their --json form.</summary>
internal static class ProblemPrinter
{
    public static void Print(IAnsiConsole console, IReadOnlyList<PluginProblem> problems)
    {
        foreach (var problem in problems)
        {
            console.MarkupLine($"[red]✗ {Markup.Escape(problem.ToString())}[/]");
        }
    }

    public static JsonArray ToJson(IReadOnlyList<PluginProblem> problems) =>
        new([.. problems.Select(p => new JsonObject
        {
            ["plugin"] = p.Plugin,
            ["file"] = p.File,
            ["action"] = p.ActionId,
            ["message"] = p.Message,
        })]);
}
