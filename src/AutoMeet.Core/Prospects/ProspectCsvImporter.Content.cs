using System.Buffers;
using System.Text.Unicode;

namespace AutoMeet.Prospects;

/// <summary>Reading the file with a size cap, and the checks that it is UTF-8 text at all.</summary>
internal sealed partial class ProspectCsvImporter
{
    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    private static SearchValues<byte> Blank { get; } = SearchValues.Create(" \t\r\n"u8);

    /// <summary>Reads the stream to its end; <see langword="null"/> when it holds more than <paramref name="maxBytes"/>.</summary>
    private static async Task<byte[]?> ReadAtMostAsync(Stream stream, long maxBytes, CancellationToken cancellationToken)
    {
        if (stream.CanSeek && stream.Length - stream.Position > maxBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(81920);
        try
        {
            int read;
            while ((read = await stream.ReadAsync(chunk.AsMemory(), cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return buffer.ToArray();
    }

    /// <summary>Rejects empty files, binary files and text that is not UTF-8, naming the line of the first bad byte.</summary>
    private static ProspectImportFileError? CheckContent(byte[] bytes)
    {
        var text = bytes.AsSpan();
        if (text.StartsWith(Utf8Bom))
        {
            text = text[Utf8Bom.Length..];
        }

        if (text.IsEmpty || text.IndexOfAnyExcept(Blank) < 0)
        {
            return new(null, "The file is empty: a header row is required.");
        }

        var nul = text.IndexOf((byte)0);
        if (nul >= 0)
        {
            var line = LineAt(text, nul);
            return new(line, $"Line {line}: the file contains a NUL byte; it looks like a binary file, not CSV text.");
        }

        var invalid = FirstInvalidUtf8(text);
        if (invalid >= 0)
        {
            var line = LineAt(text, invalid);
            return new(line, $"Line {line}: the file is not UTF-8 text (invalid byte sequence); save it as CSV UTF-8.");
        }

        return null;
    }

    private static int LineAt(ReadOnlySpan<byte> text, int offset) => text[..offset].Count((byte)'\n') + 1;

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> text)
    {
        Span<char> scratch = stackalloc char[1024];
        var offset = 0;
        while (offset < text.Length)
        {
            var status = Utf8.ToUtf16(text[offset..], scratch, out var read, out _, replaceInvalidSequences: false, isFinalBlock: true);
            offset += read;
            if (status is OperationStatus.InvalidData or OperationStatus.NeedMoreData)
            {
                return offset;
            }

            if (status == OperationStatus.Done)
            {
                return -1;
            }
        }

        return -1;
    }
}
