using Workflow.Sandbox.Tests.Support;

namespace Workflow.Sandbox.Tests.Serving;

/// <summary>One serve app (real plugin, in-process simulator unless <see cref="Simulate"/> is false) per test class.</summary>
public abstract class BuilderHostFixture
{
    internal BuilderHost Host { get; private set; } = null!;

    protected virtual bool Simulate => true;

    [OneTimeSetUp]
    public async Task StartHostAsync() => Host = await BuilderHost.StartAsync(simulate: Simulate);

    [OneTimeTearDown]
    public async Task StopHostAsync() => await Host.DisposeAsync();
}
