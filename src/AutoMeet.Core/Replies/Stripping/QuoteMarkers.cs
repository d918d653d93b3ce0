namespace AutoMeet.Replies.Stripping;

/// <summary>Recognises the lines that start quoted or forwarded text, in the supported languages.</summary>
internal static class QuoteMarkers
{
    // "On … wrote:" and its translations end the attribution line; some clients wrap it onto a second line.
    private static readonly string[] AttributionEndings =
    [
        "wrote:", "writes:", "schrieb:", "a écrit :", "a écrit:", "a ecrit :", "a ecrit:", "escribió:", "escribio:",
        "escreveu:", "schreef:", "ha scritto:", "書きました:", "書きました：", "のメッセージ:", "のメッセージ：",
    ];

    // Attributions whose sender follows the verb: "Am … schrieb Alex <a@b>:", "Op … schreef Alex <a@b>:".
    private static readonly string[] InnerVerbs = [" schrieb ", " schreef ", " wrote ", " escribió ", " escreveu "];

    private static readonly string[] SeparatorWords =
    [
        "original message", "ursprüngliche nachricht", "originalnachricht", "message d'origine", "message original",
        "mensaje original", "mensagem original", "oorspronkelijk bericht", "forwarded message", "weitergeleitete nachricht",
        "message transféré", "mensaje reenviado", "mensagem encaminhada", "doorgestuurd bericht", "begin forwarded message",
        "début du message réexpédié", "inicio del mensaje reenviado", "início da mensagem encaminhada",
        "元のメッセージ", "転送メッセージ", "転送されたメッセージ", "オリジナルメッセージ",
    ];

    private static readonly string[] FromLabels = ["From:", "Von:", "De:", "De :", "Van:", "Da:", "*From:*", "**From:**", "差出人:", "差出人：", "送信者:", "送信者：", "From："];

    private static readonly string[] BlockLabels =
    [
        "Sent:", "Date:", "To:", "Subject:", "Gesendet:", "Datum:", "An:", "Betreff:", "Envoyé :", "Envoyé:", "Date :",
        "À :", "À:", "Objet :", "Objet:", "Enviado", "Fecha:", "Para:", "Asunto:", "Assunto:", "Data:", "Verzonden:",
        "Aan:", "Onderwerp:", "Cc:", "*Sent:*", "*To:*", "*Subject:*", "送信日時:", "送信日時：", "宛先:", "宛先：", "件名:",
        "件名：", "日付:", "日付：", "送信日:", "送信日：", "CC：",
    ];

    /// <summary>Gets whether a trimmed line (joined with the next one when wrapped) is a reply attribution.</summary>
    public static bool IsQuoteHeader(ReadOnlySpan<char> line, ReadOnlySpan<char> nextLine)
    {
        if (line.Length < 6)
        {
            return false;
        }

        if (EndsWithAttribution(line))
        {
            return true;
        }

        // A wrapped attribution: "On Tue, Mar 10, 2026 at 9:14 AM Alex <" / "alex@x.io> wrote:".
        return !nextLine.IsEmpty && nextLine.Length < 120 && StartsLikeAttribution(line) && EndsWithAttribution(nextLine);
    }

    /// <summary>Gets whether a trimmed line separates the reply from an original or forwarded message.</summary>
    public static bool IsSeparator(ReadOnlySpan<char> line)
    {
        if (line.Length >= 10 && IsRun(line, '_'))
        {
            return true;
        }

        if (line.Length < 8 || (line[0] != '-' && line[0] != '=' && line[0] != '*' && !char.IsLetter(line[0])))
        {
            return false;
        }

        foreach (var word in SeparatorWords)
        {
            if (line.Contains(word, StringComparison.OrdinalIgnoreCase) && (line[0] is '-' or '=' or '*' || line.Length < word.Length + 4))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Gets whether a trimmed line starts an Outlook-style header block ("From:" followed by "Sent:"/"To:"…).</summary>
    public static bool IsHeaderBlockStart(ReadOnlySpan<char> line, ReadOnlySpan<char> rest)
    {
        if (!StartsWithAny(line, FromLabels))
        {
            return false;
        }

        // Look at up to four following lines for another header label.
        var checkedLines = 0;
        foreach (var next in rest.EnumerateLines())
        {
            var trimmed = next.Trim();
            if (trimmed.IsEmpty)
            {
                continue;
            }

            if (StartsWithAny(trimmed, BlockLabels))
            {
                return true;
            }

            if (++checkedLines == 4)
            {
                break;
            }
        }

        return false;
    }

    private static bool EndsWithAttribution(ReadOnlySpan<char> line)
    {
        if (line[^1] == '：')
        {
            return line.EndsWith("書きました：", StringComparison.Ordinal) || line.EndsWith("のメッセージ：", StringComparison.Ordinal)
                || IsJapaneseGmailAttribution(line);
        }

        if (line[^1] != ':')
        {
            return false;
        }

        if (IsJapaneseGmailAttribution(line))
        {
            return true;
        }

        foreach (var ending in AttributionEndings)
        {
            if (line.EndsWith(ending, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        if (line.Length > 12 && StartsLikeAttribution(line))
        {
            foreach (var verb in InnerVerbs)
            {
                if (line.Contains(verb, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // Gmail in Japanese: "2026年3月10日(火) 9:14 Alex Seller <alex@automeet.io>:" (a dated line ending in the address and a colon).
    private static bool IsJapaneseGmailAttribution(ReadOnlySpan<char> line)
    {
        var year = line.IndexOf('年');
        return year is >= 4 and <= 6 && char.IsAsciiDigit(line[year - 1]) && line[(year + 1)..].Contains('月') && line.Contains('日')
            && line[..^1].TrimEnd().EndsWith(">", StringComparison.Ordinal);
    }

    private static bool StartsLikeAttribution(ReadOnlySpan<char> line) =>
        line.StartsWith("On ", StringComparison.Ordinal) || line.StartsWith("Am ", StringComparison.Ordinal)
        || line.StartsWith("Le ", StringComparison.Ordinal) || line.StartsWith("El ", StringComparison.Ordinal)
        || line.StartsWith("Em ", StringComparison.Ordinal) || line.StartsWith("Op ", StringComparison.Ordinal)
        || line.StartsWith("Il ", StringComparison.Ordinal);

    private static bool StartsWithAny(ReadOnlySpan<char> line, string[] labels)
    {
        foreach (var label in labels)
        {
            if (line.StartsWith(label, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsRun(ReadOnlySpan<char> line, char c) => !line.ContainsAnyExcept(c);
}
