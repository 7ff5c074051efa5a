using IncidentIo.Plugin.Actions.CancelEscalation;
using IncidentIo.Plugin.Tests.Support;

namespace IncidentIo.Plugin.Tests.Actions.CancelEscalation;

[TestFixture]
public sealed class CancelEscalationActionTests : StubFixture
{
    [Test]
    public async Task ExecuteAsync_EmptyOk_ConfirmsTheCancelledEscalation()
    {
        Stub.Returns("POST", $"/v2/escalations/{EscalationBodies.Id}/actions/cancel", 200);

        var output = await ActionRuns.OutputAsync(new CancelEscalationAction(Clients), Stub.Connection(), new { escalation_id = EscalationBodies.Id });

        Assert.Multiple(() =>
        {
            Assert.That((string?)output["escalation_id"], Is.EqualTo(EscalationBodies.Id));
            Assert.That((bool?)output["cancelled"], Is.True);
        });
    }
}
