using Workflow.Abstractions;
using Workflow.Hosting.Masking;

namespace Workflow.Sandbox.Tests.Masking;

public class SecretMaskerTests
{
    [Test]
    public void Mask_TextWithSecret_ReplacesEveryOccurrence()
    {
        var masker = new SecretMasker();
        masker.Add("sk-live-123");

        Assert.That(masker.Mask("key sk-live-123 and again sk-live-123."), Is.EqualTo("key ******** and again ********."));
    }

    [Test]
    public void Mask_SecretContainingAnother_MasksTheLongerWhole()
    {
        var masker = new SecretMasker();
        masker.Add("abcd");
        masker.Add("abcdefgh");

        Assert.That(masker.Mask("x abcdefgh y"), Is.EqualTo("x ******** y"));
    }

    [Test]
    public void Add_BlankValue_IsIgnored()
    {
        var masker = new SecretMasker();
        masker.Add("  ");
        masker.Add(null);

        Assert.That(masker.Mask("a  b"), Is.EqualTo("a  b"));
    }

    [Test]
    public void Mask_ActionError_MasksMessageHintAndDetails()
    {
        var masker = new SecretMasker();
        masker.Add("tok-999");
        var error = new ActionError
        {
            Code = "unauthorized",
            Message = "bad tok-999",
            Hint = "replace tok-999",
            Details = [new ActionErrorDetail("/tok-999", "value tok-999", "tok-999")],
        };

        var masked = masker.Mask(error);

        Assert.That(masked.ToString(), Does.Not.Contain("tok-999"));
        Assert.That(masked.Message, Is.EqualTo("bad ********"));
    }
}
