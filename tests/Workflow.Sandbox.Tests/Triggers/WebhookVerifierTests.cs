using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;
using StandardWebhooks;
using StandardWebhooks.Diagnostics;
using Workflow.Sandbox.Tests.Support;
using Workflow.Hosting.Triggers;

namespace Workflow.Sandbox.Tests.Triggers;

public class WebhookVerifierTests
{
    // The Standard Webhooks specification's own test vector.
    private const string VectorId = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private const string VectorBody = """{"test": 2432232314}""";
    private const long VectorTimestamp = 1614265330;
    private const string VectorSignature = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

    [Test]
    public void Sign_SpecTestVector_GivesTheSpecSignature() =>
        Assert.That(new WebhookVerifier(ListenerHarness.Secret).Sign(VectorId, DateTimeOffset.FromUnixTimeSeconds(VectorTimestamp), VectorBody),
            Is.EqualTo(VectorSignature));

    [Test]
    public void HandWrittenSignature_SpecTestVector_GivesTheSpecSignature() =>
        Assert.That(ListenerHarness.Signature(ListenerHarness.Secret, VectorId, VectorTimestamp.ToString(CultureInfo.InvariantCulture), VectorBody),
            Is.EqualTo(VectorSignature));

    [TestCase(null)]
    [TestCase("")]
    [TestCase("  ")]
    [TestCase("whsec_not base64!")]
    public void Constructor_NoUsableSecret_Throws(string? secret) =>
        Assert.That(() => new WebhookVerifier(secret), Throws.ArgumentException);

    [Test]
    public void Problem_RotatedSecretsMatchingSecond_Null()
    {
        var (body, headers) = Rotated();

        Assert.That(new WebhookVerifier(ListenerHarness.Secret).Problem(body, headers), Is.Null);
    }

    [Test]
    public void Problem_NoEntryMatches_SaysSo()
    {
        var (body, headers) = Rotated();

        Assert.That(new WebhookVerifier(ListenerHarness.Secret).Problem(body + " ", headers), Is.Not.Null);
    }

    /// <summary>Why <see cref="WebhookVerifier"/> checks each signature on its own: the library alone refuses this valid header.</summary>
    [Test]
    public void Library_MatchingSignatureSecond_RejectsIt()
    {
        var (body, headers) = Rotated();

        Assert.That(() => new StandardWebhook(ListenerHarness.Secret).Verify(body, headers), Throws.InstanceOf<WebhookVerificationException>());
    }

    private static (string Body, HeaderDictionary Headers) Rotated()
    {
        const string body = """{"event_type":"x"}""";
        var signed = ListenerHarness.SignedHeaders(body, "msg_rot", ListenerHarness.Secret, DateTimeOffset.UtcNow);
        var old = ListenerHarness.Signature("whsec_" + Convert.ToBase64String(new byte[32]), "msg_rot", signed["webhook-timestamp"], body);
        return (body, new HeaderDictionary
        {
            ["webhook-id"] = signed["webhook-id"],
            ["webhook-timestamp"] = signed["webhook-timestamp"],
            ["webhook-signature"] = $"{old} {signed["webhook-signature"]}",
        });
    }
}
