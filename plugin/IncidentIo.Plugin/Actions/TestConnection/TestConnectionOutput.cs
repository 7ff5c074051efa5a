namespace IncidentIo.Plugin.Actions.TestConnection;

/// <summary>Output of incidentio.test_connection (only produced on success; failures are ActionErrors).</summary>
internal sealed record TestConnectionOutput(bool Valid, int SeverityCount, string Message);
