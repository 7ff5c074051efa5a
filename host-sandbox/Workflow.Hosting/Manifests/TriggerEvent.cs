namespace Workflow.Hosting.Manifests;

/// <summary>One event type a webhook trigger covers, and how its delivery becomes the workflow's <c>trigger</c>.</summary>
/// <param name="Type">The event type the delivery names in its body's <c>event_type</c>.</param>
/// <param name="Visibility"><c>public</c>, <c>private</c> (the payload only identifies the resource), or null.</param>
/// <param name="Payload">JSON Pointer to the payload in the delivery body.</param>
/// <param name="Fields">Each <c>trigger</c> field and the JSON Pointer to its value in the payload (or, when
/// <paramref name="Completion"/> is set, in the completing action's output).</param>
/// <param name="Completion">The read action that fetches what a private payload leaves out, or null.</param>
internal sealed record TriggerEvent(
    string Type, string? Visibility, string Payload, IReadOnlyDictionary<string, string> Fields, TriggerCompletion? Completion);
