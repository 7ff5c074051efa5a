namespace IncidentIo.Simulator.Tests.Support;

/// <summary>A fresh simulator per test, for fixtures whose tests each need an empty store.</summary>
public abstract class SimulatorTestBase
{
    internal SimulatorHarness Harness { get; private set; } = null!;

    [SetUp]
    public async Task StartSimulatorAsync() => Harness = await SimulatorHarness.StartAsync();

    [TearDown]
    public async Task StopSimulatorAsync() => await Harness.DisposeAsync();
}
