using System.Diagnostics;
using Workflow.Abstractions;

namespace IncidentIo.Plugin.Telemetry;

/// <summary>
/// The span and duration of one action execution. Started by <see cref="Actions.IncidentIoAction"/> as a child of the
/// host's current span (when there is one); every client call inside adds its attempts and request id to it.
/// </summary>
internal sealed class ActionTelemetry : IDisposable
{
    private readonly Activity? _activity;
    private readonly string _actionId;
    private readonly long _started = Stopwatch.GetTimestamp();
    private string _outcome = TelemetryTags.Success;

    private ActionTelemetry(string actionId, RunInfo run)
    {
        _actionId = actionId;
        _activity = PluginTelemetry.Source.StartActivity(actionId, ActivityKind.Internal);
        if (_activity is { IsAllDataRequested: true })
        {
            _activity.SetTag(TelemetryTags.ActionId, actionId);
            _activity.SetTag(TelemetryTags.RunId, run.WorkflowRunId);
            _activity.SetTag(TelemetryTags.StepId, run.StepId);
            _activity.SetTag(TelemetryTags.Attempt, run.Attempt);
            _activity.SetTag(TelemetryTags.HttpAttempts, 0);
        }
    }

    public static ActionTelemetry Start(string actionId, RunInfo run) => new(actionId, run);

    /// <summary>Adds one call's attempts and request id to the current action span, if it is one of ours.</summary>
    public static void AddCall(int attempts, string? requestId)
    {
        if (Activity.Current is not { Source.Name: PluginTelemetry.Name, IsAllDataRequested: true } activity)
        {
            return;
        }

        var before = activity.GetTagItem(TelemetryTags.HttpAttempts) is int sum ? sum : 0;
        activity.SetTag(TelemetryTags.HttpAttempts, before + attempts);
        if (requestId is not null)
        {
            activity.SetTag(TelemetryTags.RequestId, requestId);
        }
    }

    public void Finish(ActionResult result)
    {
        _outcome = result.Error?.Code ?? TelemetryTags.Success;
        if (_activity is null)
        {
            return;
        }

        _activity.SetTag(TelemetryTags.Outcome, _outcome);
        if (result.Error is { } error)
        {
            _activity.SetTag(TelemetryTags.ErrorType, error.Code);
            _activity.SetStatus(ActivityStatusCode.Error, error.Code);
        }
        else
        {
            _activity.SetStatus(ActivityStatusCode.Ok);
        }
    }

    public void Dispose()
    {
        // Stryker disable once Boolean : speed only; recording to an instrument nobody collects does nothing
        if (PluginTelemetry.ActionSeconds.Enabled)
        {
            // Only when someone collects it: the tags are boxed on every call otherwise.
            PluginTelemetry.ActionSeconds.Record(
                Stopwatch.GetElapsedTime(_started).TotalSeconds,
                new KeyValuePair<string, object?>(TelemetryTags.ActionId, _actionId),
                new KeyValuePair<string, object?>(TelemetryTags.Outcome, _outcome));
        }

        _activity?.Dispose();
    }
}
