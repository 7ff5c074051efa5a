namespace Workflow.Hosting.Plugins;

/// <summary>A class in a plugin assembly that implements an action id.</summary>
internal sealed record ActionImplementation(string Id, Type Type);
