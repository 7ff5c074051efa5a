namespace Workflow.Sandbox.Commands;

/// <summary>Options of the commands that run one action: the connection and the run identity.</summary>
internal class ExecutionSettings : ConnectionSettings
{
    public string? RunId { get; set; }

    public string? StepId { get; set; }

    /// <summary>Declares the connection options and --run-id, --step-id.</summary>
    public static new void Declare<T>(SettingsBinder<T> binder)
        where T : ExecutionSettings, new()
    {
        ConnectionSettings.Declare(binder);
        binder
            .Option<string>("--run-id", "ID", "Workflow run id passed to the action (default: a new ad-hoc id).", (s, v) => s.RunId = v)
            .Option<string>("--step-id", "ID", "Step id passed to the action (default: the action id).", (s, v) => s.StepId = v);
    }
}
