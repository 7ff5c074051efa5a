namespace Benchmarks.Profiling;

/// <summary>
/// One stretch of a thread running managed code in a dotnet-trace sampled-thread-time profile: its stack (outermost
/// frame first, each <c>Module!Method(signature)</c>, the leaf pseudo-frame removed) and how long it lasted in ms.
/// </summary>
internal sealed record CpuSample(string[] Stack, double Milliseconds)
{
    /// <summary>The frame that was running (the leaf).</summary>
    public string Leaf => Stack[^1];

    /// <summary>The assembly of <paramref name="frame"/>: the part before <c>!</c>.</summary>
    public static string ModuleOf(string frame) => frame.IndexOf('!') is var bang and > 0 ? frame[..bang] : frame;
}
