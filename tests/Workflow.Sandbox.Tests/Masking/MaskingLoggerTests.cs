using Microsoft.Extensions.Logging;
using Workflow.Hosting.Logging;
using Workflow.Hosting.Masking;
using Workflow.Sandbox.Tests.Support;

namespace Workflow.Sandbox.Tests.Masking;

public class MaskingLoggerTests
{
    [Test]
    public void Log_MessageWithSecret_ReachesProviderMasked()
    {
        var masker = new SecretMasker();
        masker.Add("api-key-42");
        using var provider = new ListLoggerProvider();
        var logger = new MaskingLogger(provider.CreateLogger("test"), masker);

#pragma warning disable CA1848, CA2254 // the point is an unstructured message holding a secret
        logger.LogWarning("calling with api-key-42");
#pragma warning restore CA1848, CA2254

        Assert.That(provider.Lines, Has.One.EqualTo("Warning test: calling with ********"));
    }
}
