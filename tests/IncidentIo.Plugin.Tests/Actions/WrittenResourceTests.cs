using IncidentIo.Plugin.Actions;
using Workflow.Abstractions;

namespace IncidentIo.Plugin.Tests.Actions;

[TestFixture]
public sealed class WrittenResourceTests
{
    private static readonly ActionError Problem = new()
    {
        Code = ActionErrorCodes.InvalidResponse,
        Message = "the answer lacks title",
        HttpStatus = 201,
        Details = [new ActionErrorDetail("/follow_up/title", "is missing", "required")],
    };

    [Test]
    public void From_NamedResource_IsItAsSentWithASummaryWarningThenTheProblemsDetails()
    {
        var result = WrittenResource.FollowUp.From("""{"follow_up":{"id":"F1","extra":[1,{"a":null}]},"other":true}""", Problem);

        Assert.Multiple(() =>
        {
            Assert.That(result!.IsSuccess, Is.True);
            Assert.That(result.Output!.Value.GetRawText(), Is.EqualTo("""{"follow_up":{"id":"F1","extra":[1,{"a":null}]}}"""));
            Assert.That(result.Warnings, Is.EqualTo(new[]
            {
                new ActionErrorDetail(
                    "/follow_up",
                    "incident.io made the change (HTTP 201) but its answer could not be fully read; the follow-up is as incident.io sent it: the answer lacks title",
                    "partial_response"),
                new ActionErrorDetail("/follow_up/title", "is missing", "required"),
            }));
        });
    }

    [Test]
    public void From_IncidentWithIdAndReference_IsKept() =>
        Assert.That(WrittenResource.Incident.From("""{"incident":{"id":"I1","reference":"INC-1"}}""", Problem)?.IsSuccess, Is.True);

    [TestCase("""{"incident":{"id":"I1"}}""", TestName = "From_IncidentWithoutReference_IsNull")]
    [TestCase("""{"incident":{"id":"I1","reference":7}}""", TestName = "From_IncidentReferenceNotAString_IsNull")]
    [TestCase("""{"incident":{"id":null,"reference":"INC-1"}}""", TestName = "From_IncidentIdNull_IsNull")]
    [TestCase("""{"incident":{"id":{},"reference":"INC-1"}}""", TestName = "From_IncidentIdAnObject_IsNull")]
    [TestCase("""{"incident":["I1"]}""", TestName = "From_ResourceNotAnObject_IsNull")]
    [TestCase("""{"escalation":{"id":"E1"}}""", TestName = "From_OtherResource_IsNull")]
    [TestCase("""[{"incident":{"id":"I1","reference":"INC-1"}}]""", TestName = "From_BodyNotAnObject_IsNull")]
    [TestCase("not json", TestName = "From_BodyNotJson_IsNull")]
    [TestCase("""{"incident":{"id":"I1","reference":"INC-1","id":"I2"}}""", TestName = "From_MemberNamedTwice_IsNull")]
    [TestCase("", TestName = "From_BodyEmpty_IsNull")]
    public void From_ResourceNotNamed_IsNullSoTheErrorStands(string body) =>
        Assert.That(WrittenResource.Incident.From(body, Problem), Is.Null);

    [Test]
    public void From_EscalationNamedById_IsKeptUnderEscalation()
    {
        var result = WrittenResource.Escalation.From("""{"escalation":{"id":"E1"}}""", Problem);

        Assert.Multiple(() =>
        {
            Assert.That(result!.Output!.Value.GetRawText(), Is.EqualTo("""{"escalation":{"id":"E1"}}"""));
            Assert.That(result.Warnings[0].Field, Is.EqualTo("/escalation"));
            Assert.That(result.Warnings[0].Message, Does.Contain("the escalation is as incident.io sent it"));
        });
    }
}
