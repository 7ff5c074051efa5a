namespace IncidentIo.Simulator.Alerts;

/// <summary>What an alert event or a resolve did to the stored alert: what decides which webhook is sent.</summary>
internal enum AlertChange
{
    /// <summary>Nothing changed (a resolved event for no firing alert, or resolving a resolved alert).</summary>
    None,

    /// <summary>A new alert started firing.</summary>
    Opened,

    /// <summary>A firing alert was updated by another firing event.</summary>
    Updated,

    /// <summary>A firing alert was resolved.</summary>
    Resolved,
}
