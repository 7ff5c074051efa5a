using Microsoft.Extensions.DependencyInjection;
using Spectre.Console.Cli;

namespace Workflow.Sandbox.Cli;

/// <summary>Resolves Spectre's commands and their dependencies from the container.</summary>
internal sealed class TypeResolver(ServiceProvider provider) : ITypeResolver, IDisposable
{
    public object? Resolve(Type? type) => type is null ? null : provider.GetService(type);

    public void Dispose() => provider.Dispose();
}
