using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace Workflow.Abstractions;

/// <summary>Everything an action receives for one execution.</summary>
public sealed class ActionContext
{
    /// <summary>Creates a context.</summary>
    public ActionContext(JsonElement input, ActionConnection connection, RunInfo run, ILogger logger)
    {
        Input = input;
        Connection = connection;
        Run = run;
        Logger = logger;
    }

    /// <summary>The input, already rendered and validated against the manifest's input schema.</summary>
    public JsonElement Input { get; }

    /// <summary>The connection's settings and secrets, resolved by the host.</summary>
    public ActionConnection Connection { get; }

    /// <summary>Which workflow run, step and attempt this is: the stable seed for idempotency keys.</summary>
    public RunInfo Run { get; }

    /// <summary>A logger scoped to this step. Never log secrets; <see cref="SecretValue"/> masks itself.</summary>
    public ILogger Logger { get; }

    /// <summary>
    /// The services the host shares with every plugin (clock, rate limiters); <see cref="HostServices.Default"/> when the
    /// host sets none. Pass the same instance to every execution. Added in contract 1.1.
    /// </summary>
    public HostServices Services { get; init; } = HostServices.Default;
}
