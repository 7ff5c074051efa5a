using IncidentIo.Simulator.Faults;
using Microsoft.Extensions.Logging;

namespace IncidentIo.Simulator;

/// <summary>How to start an <see cref="IncidentIoSimulator"/>. A class, not a record, so keys never show up in ToString.</summary>
public sealed class SimulatorOptions
{
    /// <summary>The key used when none is given; fine for a loopback-only simulator, never a real incident.io key.</summary>
    public const string DefaultApiKey = "sim_local_key";

    /// <summary>TCP port on 127.0.0.1; 0 picks a free one (read it back from <see cref="IncidentIoSimulator.Port"/>).</summary>
    public int Port { get; init; }

    /// <summary>The bearer key accepted with the seed's api_key roles (viewer, incident_creator, incident_editor, escalation_creator by default).</summary>
    public string ApiKey { get; init; } = DefaultApiKey;

    /// <summary>Optional second key with the seed's limited_api_key roles (incident_creator only), e.g. for the 403 path.</summary>
    public string? ForbiddenApiKey { get; init; }

    /// <summary>More keys, each with its own roles and (optionally) exactly the scopes it is granted, e.g. a key that may list
    /// severities but not alerts. Each must differ from <see cref="ApiKey"/>, <see cref="ForbiddenApiKey"/> and the others.</summary>
    public IReadOnlyList<SimulatorApiKey> ExtraApiKeys { get; init; } = [];

    /// <summary>A seed file replacing the embedded simulator-seed.json (format: the simulator's README).</summary>
    public string? SeedFile { get; init; }

    /// <summary>Injected faults for drills; none by default.</summary>
    public FaultSpec Faults { get; init; } = FaultSpec.None;

    /// <summary>Token bucket size per key (incident.io: 1200).</summary>
    public int RateLimitCapacity { get; init; } = 1200;

    /// <summary>Tokens added back per second (incident.io: 20).</summary>
    public double RateLimitRefillPerSecond { get; init; } = 20;

    /// <summary>Receives one line per request (method, path, status, request id); null logs nothing.</summary>
    public ILoggerFactory? LoggerFactory { get; init; }

    /// <summary>The clock for timestamps and ids.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>Every problem with these options (empty when valid).</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (Port is < 0 or > 65535)
        {
            errors.Add($"Port {Port} is outside 0-65535.");
        }

        if (string.IsNullOrWhiteSpace(ApiKey))
        {
            errors.Add("ApiKey must not be empty.");
        }

        if (ForbiddenApiKey is not null && (ForbiddenApiKey.Length == 0 || ForbiddenApiKey == ApiKey))
        {
            errors.Add("ForbiddenApiKey must be non-empty and differ from ApiKey.");
        }

        var keys = ExtraApiKeys.Select(k => k.Key).Append(ApiKey).Concat(ForbiddenApiKey is null ? [] : [ForbiddenApiKey]).ToList();
        if (ExtraApiKeys.Any(k => string.IsNullOrWhiteSpace(k.Key)) || keys.Distinct(StringComparer.Ordinal).Count() != keys.Count)
        {
            errors.Add("ExtraApiKeys must be non-empty and differ from each other, ApiKey and ForbiddenApiKey.");
        }

        if (RateLimitCapacity < 1 || RateLimitRefillPerSecond <= 0)
        {
            errors.Add("RateLimitCapacity must be at least 1 and RateLimitRefillPerSecond above 0.");
        }

        if (SeedFile is not null && !File.Exists(SeedFile))
        {
            errors.Add($"Seed file {SeedFile} does not exist.");
        }

        return errors;
    }
}
