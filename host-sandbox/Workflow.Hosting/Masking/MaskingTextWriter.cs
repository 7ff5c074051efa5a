using System.Text;

namespace Workflow.Hosting.Masking;

/// <summary>
/// Wraps the process's stdout or stderr and masks secrets line by line, so a secret written in
/// several pieces (as console renderers and loggers do) is still caught whole.
/// </summary>
internal sealed class MaskingTextWriter(TextWriter inner, SecretMasker masker) : TextWriter
{
    private readonly StringBuilder _pending = new();

    public override Encoding Encoding => inner.Encoding;

    public override void Write(char value)
    {
        _pending.Append(value);
        if (value == '\n')
        {
            EmitCompleteLines();
        }
    }

    public override void Write(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        _pending.Append(value);
        if (value.Contains('\n', StringComparison.Ordinal))
        {
            EmitCompleteLines();
        }
    }

    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    public override void Flush()
    {
        inner.Write(masker.Mask(_pending.ToString()));
        _pending.Clear();
        inner.Flush();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Flush();
        }

        base.Dispose(disposing);
    }

    private void EmitCompleteLines()
    {
        var text = _pending.ToString();
        var end = text.LastIndexOf('\n') + 1;
        inner.Write(masker.Mask(text[..end]));
        _pending.Remove(0, end);
    }
}
