namespace AutoMeet.Replies.Offline;

/// <summary>Splits folded text into word tokens, <c>?</c> tokens and clause breaks. Japanese has no spaces, so each kana
/// or kanji is a token of its own (lexicon phrases in Japanese are character sequences; see <see cref="JapaneseText"/>).</summary>
internal static class Tokenizer
{
    /// <summary>Tokenises <paramref name="text"/> into <paramref name="tokens"/>; returns the count (capped at its length).</summary>
    public static int Tokenize(ReadOnlySpan<char> text, Span<Token> tokens)
    {
        var count = 0;
        var i = 0;
        while (i < text.Length && count < tokens.Length)
        {
            var c = text[i];
            if (JapaneseText.IsCjk(c))
            {
                tokens[count++] = new Token(i, 1);
                i++;
                continue;
            }

            if (char.IsLetterOrDigit(c) || c == '@')
            {
                var start = i;
                while (i < text.Length && ((char.IsLetterOrDigit(text[i]) && !JapaneseText.IsCjk(text[i])) || text[i] == '@'
                    || (text[i] == '.' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]) && IsEmailish(text, start, i))))
                {
                    i++;
                }

                tokens[count++] = new Token(start, i - start);
                continue;
            }

            if (c == '?')
            {
                tokens[count++] = new Token(i, 1);
            }
            else if (c is '.' or '!' or ',' or ';' or ':' or '\n')
            {
                // Collapse runs of breaks into one "." token (the folded text holds '.' only for real dots).
                if (count == 0 || !IsBreakAt(text, tokens[count - 1]))
                {
                    tokens[count++] = new Token(i, 1);
                }
            }

            i++;
        }

        return count;
    }

    private static bool IsBreakAt(ReadOnlySpan<char> text, Token token) => token.Length == 1 && text[token.Start] is '.' or '!' or ',' or ';' or ':' or '\n';

    // Keeps "a.b@c.de" and "c.de" (after '@') as one token; a dot ends an ordinary word.
    private static bool IsEmailish(ReadOnlySpan<char> text, int start, int dot)
    {
        var word = text[start..dot];
        if (word.Contains('@'))
        {
            return true;
        }

        // Look ahead: the dotted run contains '@' before the next space.
        var rest = text[dot..];
        var end = rest.IndexOfAny(' ', '\n', '\t');
        var run = end < 0 ? rest : rest[..end];
        return run.Contains('@');
    }
}
