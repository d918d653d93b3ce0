namespace AutoMeet.Replies.Availability;

/// <summary>Splits English text into lower-case words, numbers (digits split from letters: "2pm" → "2", "pm") and symbols;
/// Japanese kana and kanji become one token each, full-width digits and punctuation their ASCII forms, and a weekday in
/// brackets ("(水)") the English weekday, or nothing right after a date ("3月18日(水)").</summary>
internal static class AvailabilityLexer
{
    /// <summary>Lexes <paramref name="text"/>; "a.m."/"p.m." become "am"/"pm", apostrophes vanish ("can't" → "cant").</summary>
    public static List<string> Lex(string text)
    {
        var tokens = new List<string>(text.Length / 3);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c >= '\u3000' || c == '(')
            {
                if (LexWide(text, ref i, tokens))
                {
                    continue;
                }

                c = Offline.TextFolder.Fold(c);
            }

            if (char.IsLetter(c))
            {
                var builder = new System.Text.StringBuilder();
                while (i < text.Length && ((char.IsLetter(text[i]) && !Offline.JapaneseText.IsCjk(text[i])) || text[i] is '\'' or '’'))
                {
                    if (text[i] is not ('\'' or '’'))
                    {
                        builder.Append(char.ToLowerInvariant(text[i]));
                    }

                    i++;
                }

                var word = builder.ToString();
                // "a.m." / "p.m."
                if (word is "a" or "p" && i + 2 < text.Length && text[i] == '.' && char.ToLowerInvariant(text[i + 1]) == 'm')
                {
                    word += "m";
                    i += text.Length > i + 2 && text[i + 2] == '.' ? 3 : 2;
                }

                tokens.Add(word);
                continue;
            }

            if (char.IsAsciiDigit(c))
            {
                var start = i;
                while (i < text.Length && char.IsAsciiDigit(Offline.TextFolder.Fold(text[i])))
                {
                    i++;
                }

                tokens.Add(c == text[start] ? text[start..i] : string.Concat(text[start..i].Select(Offline.TextFolder.Fold)));
                continue;
            }

            switch (c)
            {
                case '-' or '–' or '—' or '〜' or '～':
                    tokens.Add("-");
                    break;
                case '/' or ':' or '+' or ',' or '?' or '!' or ';' or '&':
                    tokens.Add(c.ToString());
                    break;
                case '.':
                    tokens.Add(".");
                    break;
                case '\n':
                    tokens.Add(".");
                    break;
                default:
                    break;
            }

            i++;
        }

        return tokens;
    }

    // A kana or kanji (one token), or a bracketed weekday; returns false for other wide characters (folded by the caller).
    private static bool LexWide(string text, ref int i, List<string> tokens)
    {
        var c = text[i];
        if (c is '(' or '（' && i + 2 < text.Length && text[i + 2] is ')' or '）' && Languages.JapaneseAvailability.WeekdayOf(text[i + 1]) is { } day)
        {
            if (tokens.Count == 0 || tokens[^1] != "日")
            {
                tokens.Add(day);
            }

            i += 3;
            return true;
        }

        if (Offline.JapaneseText.IsCjk(c))
        {
            tokens.Add(c.ToString());
            i++;
            return true;
        }

        if (c is '〜' or '～')
        {
            tokens.Add("-");
            i++;
            return true;
        }

        return false;
    }

    /// <summary>Gets whether a token ends a sentence.</summary>
    public static bool IsSentenceEnd(string token) => token is "." or "?" or "!" or ";";
}
