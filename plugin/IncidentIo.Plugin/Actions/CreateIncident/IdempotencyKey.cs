using System.Security.Cryptography;
using System.Text;
using Workflow.Abstractions;

namespace IncidentIo.Plugin.Actions.CreateIncident;

/// <summary>
/// The idempotency key used when the input gives none: <c>wf-</c> plus 32 hex digits of a SHA-256 over the
/// workflow run id and the step id. Not the attempt number: every retry of a step sends the same key, so a
/// retry can never open a second incident; another step or another run gets another key.
/// </summary>
internal static class IdempotencyKey
{
    public const string Prefix = "wf-";

    public static string For(RunInfo run)
    {
        ArgumentNullException.ThrowIfNull(run);

        // The run id's length keeps ("ab", "c") and ("a", "bc") apart.
        var material = $"{run.WorkflowRunId.Length}:{run.WorkflowRunId}|{run.StepId}";
        return Prefix + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(material)))[..32];
    }
}
