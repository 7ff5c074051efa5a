using System.Reflection;
using Workflow.Abstractions;

namespace Workflow.Hosting.Plugins;

/// <summary>Loads a plugin assembly in its own load context and finds its action classes.</summary>
internal static class PluginAssemblyScanner
{
    /// <summary>The implementations, or null when the assembly could not be loaded (then <paramref name="errors"/> says why).</summary>
    public static IReadOnlyList<ActionImplementation>? Scan(string assemblyPath, out List<string> errors)
    {
        errors = [];
        var name = Path.GetFileName(assemblyPath);
        if (!File.Exists(assemblyPath))
        {
            errors.Add($"the plugin assembly '{name}' named in plugin.json does not exist");
            return null;
        }

        Assembly assembly;
        try
        {
            var fullPath = Path.GetFullPath(assemblyPath);
            assembly = PluginLoadContext.Create(fullPath).LoadFromAssemblyPath(fullPath);
        }
        catch (BadImageFormatException)
        {
            errors.Add($"'{name}' is not a .NET assembly");
            return null;
        }
        catch (Exception ex) when (ex is FileLoadException or FileNotFoundException or InvalidOperationException or ArgumentException)
        {
            errors.Add($"'{name}' could not be loaded: {ex.Message}");
            return null;
        }

        var implementations = new List<ActionImplementation>();
        foreach (var type in LoadableTypes(assembly, errors))
        {
            if (Inspect(type, errors) is { } implementation)
            {
                implementations.Add(implementation);
            }
        }

        return implementations;
    }

    private static ActionImplementation? Inspect(Type type, List<string> errors)
    {
        var attribute = type.GetCustomAttribute<WorkflowActionAttribute>();
        var isAction = typeof(IWorkflowAction).IsAssignableFrom(type) && type is { IsClass: true, IsAbstract: false };
        if (attribute is null)
        {
            if (isAction)
            {
                errors.Add($"class {type.FullName} implements IWorkflowAction but has no [WorkflowAction(\"<id>\")] attribute");
            }

            return null;
        }

        if (!isAction)
        {
            errors.Add($"class {type.FullName} has [WorkflowAction(\"{attribute.Id}\")] but is not a concrete IWorkflowAction");
            return null;
        }

        if (type.GetConstructor(Type.EmptyTypes) is null)
        {
            errors.Add($"class {type.FullName} ('{attribute.Id}') has no public parameterless constructor");
            return null;
        }

        return ActionImplementation.Of(attribute.Id, type);
    }

    private static IEnumerable<Type> LoadableTypes(Assembly assembly, List<string> errors)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException ex)
        {
            errors.AddRange(ex.LoaderExceptions.OfType<Exception>().Select(e => $"a type could not be loaded: {e.Message}").Distinct());
            return ex.Types.OfType<Type>();
        }
    }
}
