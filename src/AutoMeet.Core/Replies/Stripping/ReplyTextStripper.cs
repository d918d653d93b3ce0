using System.Text;

namespace AutoMeet.Replies.Stripping;

/// <summary>
/// Extracts the prospect's own new words from a reply body: drops quoted lines (<c>&gt;</c>), everything after a quote
/// header (Gmail and Apple Mail "On … wrote:", its German, French, Spanish, Portuguese, Dutch and Japanese forms, Outlook
/// <c>From:/Sent:</c> blocks and their Japanese labels (差出人/送信日時/宛先/件名), "-----Original Message-----",
/// "-----元のメッセージ-----", underscore separators, forwarded-message markers), and the signature ("-- " delimiter,
/// mobile footers, a sign-off line followed by name/title/phone lines; Japanese rule lines "━━━━", company and TEL lines).
/// </summary>
/// <remarks>Pure, thread-safe and allocation-light: one string for the result (none when nothing changes).</remarks>
public static class ReplyTextStripper
{
    /// <summary>Returns the new text of <paramref name="body"/>, trimmed; empty when the reply has no new text.</summary>
    /// <param name="body">The plain-text body as received.</param>
    /// <returns>The prospect's own text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="body"/> is <see langword="null"/>.</exception>
    public static string Strip(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var text = body.AsSpan();
        var end = text.Length;
        var hasQuotedLines = false;
        var sawContent = false;
        var position = 0;
        while (position < text.Length)
        {
            var lineEnd = text[position..].IndexOfAny('\r', '\n');
            var lineLength = lineEnd < 0 ? text.Length - position : lineEnd;
            var line = text.Slice(position, lineLength);
            var next = NextLineStart(text, position + lineLength);
            var trimmed = line.Trim();

            if (trimmed.Length > 0 && trimmed[0] == '>')
            {
                if (QuoteMarkers.IsQuoteHeader(trimmed.TrimStart('>').Trim(), default))
                {
                    end = position;
                    break;
                }

                hasQuotedLines = true;
            }
            else if (trimmed.Length > 0)
            {
                var following = PeekLine(text, next);
                if (QuoteMarkers.IsQuoteHeader(trimmed, following) || QuoteMarkers.IsSeparator(trimmed)
                    || QuoteMarkers.IsHeaderBlockStart(trimmed, text[next..]) || SignatureMarkers.IsSignatureStart(line, trimmed, sawContent))
                {
                    end = position;
                    break;
                }

                sawContent = true;
            }

            position = next;
        }

        var kept = text[..end];
        return hasQuotedLines ? WithoutQuotedLines(kept) : TrimToString(body, kept);
    }

    private static string TrimToString(string body, ReadOnlySpan<char> kept)
    {
        var trimmed = kept.Trim();
        if (trimmed.Length == body.Length)
        {
            return body;
        }

        return trimmed.IsEmpty ? string.Empty : trimmed.ToString();
    }

    private static string WithoutQuotedLines(ReadOnlySpan<char> kept)
    {
        var builder = new StringBuilder(kept.Length);
        foreach (var line in kept.EnumerateLines())
        {
            var trimmed = line.TrimStart();
            if (trimmed.Length > 0 && trimmed[0] == '>')
            {
                continue;
            }

            builder.Append(line).Append('\n');
        }

        return builder.ToString().Trim();
    }

    private static int NextLineStart(ReadOnlySpan<char> text, int lineEnd)
    {
        if (lineEnd < text.Length && text[lineEnd] == '\r')
        {
            lineEnd++;
        }

        if (lineEnd < text.Length && text[lineEnd] == '\n')
        {
            lineEnd++;
        }

        return lineEnd;
    }

    private static ReadOnlySpan<char> PeekLine(ReadOnlySpan<char> text, int start)
    {
        if (start >= text.Length)
        {
            return default;
        }

        var rest = text[start..];
        var end = rest.IndexOfAny('\r', '\n');
        return (end < 0 ? rest : rest[..end]).Trim();
    }
}
