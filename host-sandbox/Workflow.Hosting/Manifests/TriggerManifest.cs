using System.Text.Json.Nodes;

namespace Workflow.Hosting.Manifests;

/// <summary>One trigger manifest (triggers/*.json), after it passed the trigger meta-schema.</summary>
internal sealed record TriggerManifest
{
    /// <summary>The kind whose events arrive as signed webhook deliveries.</summary>
    public const string WebhookKind = "webhook";

    /// <summary>The kind the host produces by running a read action on a schedule.</summary>
    public const string PollingKind = "polling";

    /// <summary><c>&lt;plugin id&gt;.&lt;trigger name&gt;</c>; workflows name it in <c>trigger.on</c>.</summary>
    public required string Id { get; init; }

    public required string Version { get; init; }

    public required string Title { get; init; }

    public required string Description { get; init; }

    public required string Category { get; init; }

    /// <summary><see cref="WebhookKind"/> or <see cref="PollingKind"/>.</summary>
    public required string Kind { get; init; }

    /// <summary>Webhook triggers: the event types covered and how each becomes <c>trigger</c>; empty for polling.</summary>
    public IReadOnlyList<TriggerEvent> Events { get => field ?? []; init; }

    /// <summary>Polling triggers: the read action and how its items become runs; null for webhooks.</summary>
    public TriggerPoll? Poll { get; init; }

    /// <summary>JSON Schema 2020-12 of what the workflow sees as <c>trigger</c>.</summary>
    public required JsonObject Output { get; init; }

    public required IReadOnlyList<TriggerExample> Examples { get; init; }

    /// <summary>Markdown: what the user does in the service so that events arrive.</summary>
    public required string Setup { get; init; }
}
