namespace AutoMeet.Replies.Availability;

/// <summary>Splits English text into lower-case words, numbers (digits split from letters: "2pm" → "2", "pm") and symbols.</summary>
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
            if (char.IsLetter(c))
            {
                var builder = new System.Text.StringBuilder();
                while (i < text.Length && (char.IsLetter(text[i]) || text[i] is '\'' or '’'))
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
                while (i < text.Length && char.IsAsciiDigit(text[i]))
                {
                    i++;
                }

                tokens.Add(text[start..i]);
                continue;
            }

            switch (c)
            {
                case '-' or '–' or '—':
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

    /// <summary>Gets whether a token ends a sentence.</summary>
    public static bool IsSentenceEnd(string token) => token is "." or "?" or "!" or ";";
}
