namespace AutoMeet.Replies.Offline;

/// <summary>Finds lexicon phrases in tokenised text and adds their weights, with negation handling.</summary>
internal static class LexiconMatcher
{
    private const int NegationWindow = 3;
    private const int GapWords = 3;
    private const int GapCjkCharacters = 8;

    /// <summary>Adds every phrase match to <paramref name="scores"/>; records the token index after the last match per signal.</summary>
    public static void Match(Lexicon lexicon, ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, Span<float> scores, Span<int> lastEnd)
    {
        for (var i = 0; i < tokens.Length; i++)
        {
            var word = Slice(text, tokens[i]);
            var exact = lexicon.StartingWith(word);
            foreach (var entry in exact)
            {
                TryApply(entry, text, tokens, i, scores, lastEnd);
            }

            // One typo (a missing, extra, wrong or swapped letter) in a long single word: "unsusbcribe", "reschedlue".
            if (exact.IsEmpty && word.Length >= 6)
            {
                foreach (var entry in lexicon.OneWordStartingWith(word[0]))
                {
                    if (Typos.WithinOneEdit(entry.Patterns[0][0], word))
                    {
                        TryApply(entry, text, tokens, i, scores, lastEnd);
                        break;
                    }
                }
            }

            // Prefix patterns ("interest*") are Latin words; a lone kana or kanji never starts one.
            foreach (var entry in word.IsEmpty || (word.Length == 1 && JapaneseText.IsCjk(word[0])) ? [] : lexicon.PrefixedStartingWith(word[0]))
            {
                if (AnyMatches(entry.Patterns[0], word))
                {
                    TryApply(entry, text, tokens, i, scores, lastEnd);
                }
            }
        }
    }

    /// <summary>Gets whether a negator precedes token <paramref name="index"/> within the window, in the same clause.</summary>
    public static bool IsNegated(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int index)
    {
        for (var k = index - 1; k >= 0 && k >= index - NegationWindow; k--)
        {
            if (tokens[k].IsBreak(text))
            {
                return false;
            }

            if (Negators.IsNegator(Slice(text, tokens[k]), k > 0 ? Slice(text, tokens[k - 1]) : default))
            {
                return true;
            }
        }

        return false;
    }

    public static ReadOnlySpan<char> Slice(ReadOnlySpan<char> text, Token token) => text.Slice(token.Start, token.Length);

    private static void TryApply(LexiconEntry entry, ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int start, Span<float> scores, Span<int> lastEnd)
    {
        var end = MatchFrom(entry, 1, text, tokens, start + 1);
        if (end < 0)
        {
            return;
        }

        // Japanese negates after the verb ("お話しできません"); the other languages before the phrase.
        var negated = entry.Negated != Signal.None && (JapaneseText.IsCjk(text, tokens[start])
            ? JapaneseText.NegationFollows(text, end < tokens.Length ? tokens[end].Start : text.Length)
            : IsNegated(text, tokens, start));
        var signal = negated ? entry.Negated : entry.Signal;
        scores[(int)signal] += negated ? entry.NegatedWeight : entry.Weight;
        lastEnd[(int)signal] = end;
    }

    // Returns the token index after the match, or -1.
    private static int MatchFrom(LexiconEntry entry, int patternIndex, ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int tokenIndex)
    {
        if (patternIndex == entry.Patterns.Length)
        {
            return tokenIndex;
        }

        if (entry.IsGap(patternIndex))
        {
            var maxSkip = tokenIndex < tokens.Length && JapaneseText.IsCjk(text, tokens[tokenIndex]) ? GapCjkCharacters : GapWords;
            for (var skip = 0; skip <= maxSkip && tokenIndex + skip < tokens.Length; skip++)
            {
                if (skip > 0 && tokens[tokenIndex + skip - 1].IsBreak(text))
                {
                    break;
                }

                var end = MatchFrom(entry, patternIndex + 1, text, tokens, tokenIndex + skip);
                if (end >= 0)
                {
                    return end;
                }
            }

            return -1;
        }

        if (tokenIndex >= tokens.Length || !AnyMatches(entry.Patterns[patternIndex], Slice(text, tokens[tokenIndex])))
        {
            return -1;
        }

        return MatchFrom(entry, patternIndex + 1, text, tokens, tokenIndex + 1);
    }

    private static bool AnyMatches(string[] alternatives, ReadOnlySpan<char> word)
    {
        foreach (var alternative in alternatives)
        {
            if (LexiconEntry.Matches(alternative, word))
            {
                return true;
            }
        }

        return false;
    }
}
