using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Workflow.Hosting.Logging;

namespace Workflow.Hosting.Running;

/// <summary>
/// Decides, per call, whether an action's output is validated. <see cref="OutputValidationMode.Full"/> always says yes;
/// <see cref="OutputValidationMode.First"/> says yes until one output of that action has passed, then no for the rest of the
/// process. Validating one incident costs more than a loopback round trip; a long-running host with a trusted plugin may not
/// want to pay it on every call. Thread-safe: serve runs actions concurrently; calls in flight before the first pass all validate.
/// </summary>
internal sealed class OutputValidationPolicy(OutputValidationMode mode, ILogger logger)
{
    private readonly ConcurrentDictionary<string, bool> _passed = new(StringComparer.Ordinal);

    /// <summary>Validates every output; holds no state, so one instance serves every runner.</summary>
    public static OutputValidationPolicy Full { get; } = new(OutputValidationMode.Full, NullLogger.Instance);

    public OutputValidationMode Mode => mode;

    /// <summary>Whether the output of this call of <paramref name="actionId"/> must be validated.</summary>
    public bool ShouldValidate(string actionId) => mode == OutputValidationMode.Full || !_passed.ContainsKey(actionId);

    /// <summary>Records that an output of <paramref name="actionId"/> matched its schema.</summary>
    public void Passed(string actionId)
    {
        // Stryker disable once Boolean : equivalent; the dictionary is a set (ContainsKey only), its values are never read
        if (mode == OutputValidationMode.First && _passed.TryAdd(actionId, true))
        {
            logger.OutputValidationSampled(actionId);
        }
    }
}
