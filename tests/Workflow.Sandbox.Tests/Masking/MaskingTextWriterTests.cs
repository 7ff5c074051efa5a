using Workflow.Hosting.Masking;

namespace Workflow.Sandbox.Tests.Masking;

public class MaskingTextWriterTests
{
    [Test]
    public void Write_SecretSplitAcrossWrites_IsMaskedWhole()
    {
        var masker = new SecretMasker();
        masker.Add("secret-value");
        var inner = new StringWriter();
        using var writer = new MaskingTextWriter(inner, masker);

        writer.Write("the key is secr");
        writer.Write("et-val");
        writer.Write('u');
        writer.Write("e\nnext");
        writer.Flush();

        Assert.That(inner.ToString(), Is.EqualTo("the key is ********\nnext"));
    }

    [Test]
    public void Dispose_PendingPartialLine_IsWrittenMasked()
    {
        var masker = new SecretMasker();
        masker.Add("pw1234");
        var inner = new StringWriter();

        using (var writer = new MaskingTextWriter(inner, masker))
        {
            writer.Write("pw1234 without newline");
        }

        Assert.That(inner.ToString(), Is.EqualTo("******** without newline"));
    }
}
