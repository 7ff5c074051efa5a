using Workflow.Abstractions;

namespace IncidentIo.Plugin.Tests.Contract;

/// <summary>Workflow.Abstractions' ActionError: the 1.2 rename of Attempts to HttpAttempts keeps 1.0/1.1 code working.</summary>
[TestFixture]
public sealed class ActionErrorTests
{
#pragma warning disable CS0618 // the obsolete alias is what is under test
    [Test]
    public void Attempts_SetByAnOlderPlugin_ReadAsHttpAttempts()
    {
        var error = new ActionError { Code = ActionErrorCodes.ServerError, Message = "m", Attempts = 3 };

        Assert.Multiple(() =>
        {
            Assert.That(error.HttpAttempts, Is.EqualTo(3));
            Assert.That(error.Attempts, Is.EqualTo(3));
        });
    }

    [Test]
    public void HttpAttempts_SetByANewPlugin_ReadAsAttemptsByAnOlderHost()
    {
        var error = new ActionError { Code = ActionErrorCodes.ServerError, Message = "m", HttpAttempts = 4 };

        Assert.That(error.Attempts, Is.EqualTo(4));
    }
#pragma warning restore CS0618

    [Test]
    public void HttpAttempts_NotSet_IsOne() =>
        Assert.That(new ActionError { Code = ActionErrorCodes.Timeout, Message = "m" }.HttpAttempts, Is.EqualTo(1));
}
