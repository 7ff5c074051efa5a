using System.Buffers;
using System.Buffers.Binary;
using System.Text;
using System.Text.Unicode;

namespace Workflow.Hosting.Text;

/// <summary>
/// Decodes the bytes of a JSON file or stdin: UTF-8 (a BOM is skipped), or UTF-16 when it starts with its BOM.
/// Invalid bytes are refused with their offset rather than silently turned into U+FFFD, as File.ReadAllText does.
/// </summary>
internal static class StrictText
{
    /// <summary>The file's text, or null with <paramref name="problem"/> naming the first invalid byte.</summary>
    public static string? ReadFile(string path, out string? problem) => Decode(File.ReadAllBytes(path), out problem);

    /// <summary>The stream's text (read to its end), or null with <paramref name="problem"/> naming the first invalid byte.</summary>
    public static string? ReadToEnd(Stream stream, out string? problem)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return Decode(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), out problem);
    }

    /// <summary>
    /// The text of <paramref name="bytes"/>, or null with <paramref name="problem"/>, e.g. "is not valid UTF-8: byte 0xFF at
    /// byte offset 7 (LineNumber: 0 | BytePositionInLine: 7)"; offsets count from the first byte, BOM included.
    /// </summary>
    public static string? Decode(ReadOnlySpan<byte> bytes, out string? problem) => bytes switch
    {
        [0xEF, 0xBB, 0xBF, ..] => DecodeUtf8(bytes, 3, out problem),
        [0xFF, 0xFE, ..] => DecodeUtf16(bytes, bigEndian: false, out problem),
        [0xFE, 0xFF, ..] => DecodeUtf16(bytes, bigEndian: true, out problem),
        _ => DecodeUtf8(bytes, 0, out problem),
    };

    private static string? DecodeUtf8(ReadOnlySpan<byte> bytes, int start, out string? problem)
    {
        problem = null;
        // Stryker disable once Arithmetic : memory only; a larger buffer than the bytes need decodes the same
        var chars = ArrayPool<char>.Shared.Rent(Math.Max(bytes.Length - start, 1));
        try
        {
            var status = Utf8.ToUtf16(bytes[start..], chars, out var read, out var written, replaceInvalidSequences: false);
            if (status == System.Buffers.OperationStatus.Done)
            {
                return new string(chars, 0, written);
            }

            problem = $"is not valid UTF-8: {Where(bytes, start + read)}";
            return null;
        }
        // Stryker disable once Block,Statement : memory only; a buffer not returned is collected
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    private static string? DecodeUtf16(ReadOnlySpan<byte> bytes, bool bigEndian, out string? problem)
    {
        // DecoderFallbackException.Index is not the bad unit's offset, so the code units are checked here.
        problem = null;
        var units = (bytes.Length - 2) / 2;
        for (var i = 0; i < units; i++)
        {
            var unit = Unit(bytes, i, bigEndian);
            var paired = char.IsHighSurrogate(unit) && i + 1 < units && char.IsLowSurrogate(Unit(bytes, i + 1, bigEndian));
            if (paired)
            {
                i++;
            }
            else if (char.IsSurrogate(unit))
            {
                problem = $"is not valid UTF-16: {Where(bytes, 2 + (2 * i))}";
                return null;
            }
        }

        if (bytes.Length % 2 != 0)
        {
            problem = $"is not valid UTF-16: {Where(bytes, bytes.Length - 1)}";
            return null;
        }

        return (bigEndian ? Encoding.BigEndianUnicode : Encoding.Unicode).GetString(bytes[2..]);
    }

    private static char Unit(ReadOnlySpan<byte> bytes, int index, bool bigEndian) =>
        (char)(bigEndian ? BinaryPrimitives.ReadUInt16BigEndian(bytes[(2 + (2 * index))..]) : BinaryPrimitives.ReadUInt16LittleEndian(bytes[(2 + (2 * index))..]));

    // Line and position are 0-based like System.Text.Json's, so every invalid_json message reads the same way. The offset is
    // always a byte's: Utf8.ToUtf16 (final block) names the first byte of a sequence cut off at the end, not the end.
    private static string Where(ReadOnlySpan<byte> bytes, int offset)
    {
        var before = bytes[..offset];
        var line = before.Count((byte)'\n');
        var column = offset - (before.LastIndexOf((byte)'\n') + 1);
        return $"byte 0x{bytes[offset]:X2} at byte offset {offset} (LineNumber: {line} | BytePositionInLine: {column})";
    }
}
