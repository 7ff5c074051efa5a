namespace Benchmarks.Harness;

/// <summary>
/// Peak managed heap while some work runs: a full collection first, then a background thread reads
/// GC.GetTotalMemory every millisecond. The peak over that baseline is what the work held at once.
/// </summary>
internal sealed class HeapSampler : IDisposable
{
    private readonly Thread _thread;
    private readonly long _baseline;
    private volatile bool _stop;
    private long _peak;

    private HeapSampler()
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        _baseline = GC.GetTotalMemory(forceFullCollection: true);
        AllocatedAtStart = GC.GetTotalAllocatedBytes(precise: true);
        _peak = _baseline;
        _thread = new Thread(Sample) { IsBackground = true, Name = "heap sampler" };
        _thread.Start();
    }

    public long AllocatedAtStart { get; }

    /// <summary>Peak heap above the baseline, in bytes (valid after <see cref="Dispose"/>).</summary>
    public long PeakAboveBaseline => Interlocked.Read(ref _peak) - _baseline;

    public static HeapSampler Start() => new();

    public void Dispose()
    {
        _stop = true;
        _thread.Join();
        Record();
    }

    private void Sample()
    {
        while (!_stop)
        {
            Record();
            Thread.Sleep(1);
        }
    }

    private void Record()
    {
        var now = GC.GetTotalMemory(forceFullCollection: false);
        if (now > Interlocked.Read(ref _peak))
        {
            Interlocked.Exchange(ref _peak, now);
        }
    }
}
