using System.Threading.RateLimiting;
using Workflow.Abstractions;

namespace IncidentIo.Plugin.Tests.Reliability;

/// <summary>A host's rate limiters (<see cref="HostServices.RateLimiters"/>), as a distributed host would plug in: counts the permits taken.</summary>
internal sealed class CountingRateLimiterSource(int permits) : IRateLimiterProvider, IDisposable
{
    private readonly CountingLimiter _limiter = new(permits);

    public int Acquired => _limiter.Acquired;

    public RateLimiter GetRateLimiter(RateLimitKey key) => _limiter;

    public void Dispose() => _limiter.Dispose();

    private sealed class CountingLimiter(int permits) : RateLimiter
    {
        private int _acquired;

        public int Acquired => _acquired;

        public override TimeSpan? IdleDuration => null;

        public override RateLimiterStatistics? GetStatistics() => null;

        protected override RateLimitLease AttemptAcquireCore(int permitCount) => Take();

        protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken) => ValueTask.FromResult<RateLimitLease>(Take());

        // Granted while permits last, then refused: a refusal must come back as rate_limited with nothing sent.
        private Lease Take()
        {
            var taken = Interlocked.Increment(ref _acquired);
            return taken <= permits ? new Lease(true) : new Lease(false);
        }
    }

    private sealed class Lease(bool acquired) : RateLimitLease
    {
        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => [];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }
    }
}
