namespace AutoMeet.Replies.Offline;

/// <summary>
/// Japanese (and other CJK) text helpers for the offline reply engine. Japanese writes no spaces, so the tokenizer makes
/// every kana or kanji character its own token and lexicon phrases are matched as character sequences (substring
/// matching over the folded text); these helpers add what word-based rules cannot see: negation after the verb
/// ("お話しできません"), honorific-marked names ("佐藤様", "鈴木さん") and word counts for length rules.
/// </summary>
internal static class JapaneseText
{
    private const int NegationLookahead = 10;

    /// <summary>Gets whether <paramref name="c"/> is a kana, a kanji, the iteration mark or the prolonged-sound mark.</summary>
    public static bool IsCjk(char c) => c is (>= '\u3040' and <= '\u30FF') or (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF')
        or '\u3005' or (>= '\uF900' and <= '\uFAFF') or (>= '\uFF66' and <= '\uFF9F');

    /// <summary>Gets whether the token is one CJK character.</summary>
    public static bool IsCjk(ReadOnlySpan<char> text, Token token) => token.Length == 1 && IsCjk(text[token.Start]);

    /// <summary>Gets whether <paramref name="c"/> is a kanji or a katakana letter (the scripts Japanese names are written in).</summary>
    public static bool IsNameChar(char c) => c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u30A1' and <= '\u30FA') or '\u3005' or '\u30FC';

    /// <summary>
    /// Gets whether the clause after <paramref name="position"/> (the end of a matched phrase) negates it: "ない", "ません",
    /// "なく", "難しい", "できかね"; but not a polite invitation ("できませんか", "いただけないでしょうか") or "no problem"
    /// ("問題ありません", "構いません"). Deferral after the phrase ("打ち合わせはその後で検討します") also cancels it.
    /// </summary>
    public static bool NegationFollows(ReadOnlySpan<char> folded, int position)
    {
        var end = Math.Min(folded.Length, position + NegationLookahead);
        var clause = folded[position..end];
        var stop = clause.IndexOfAny(".!?,\n");
        if (stop >= 0)
        {
            clause = clause[..stop];
        }

        if (clause.Contains("問題", StringComparison.Ordinal) || clause.Contains("構いま", StringComparison.Ordinal)
            || clause.Contains("かまいま", StringComparison.Ordinal) || clause.Contains("差し支え", StringComparison.Ordinal)
            || clause.Contains("支障", StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var marker in (ReadOnlySpan<string>)["ません", "ない", "なく", "難しい", "むずかしい", "厳しい", "できかね", "いたしかね", "致しかね", "不要", "結構です", "その後", "後ほど", "あとで", "検討"])
        {
            var at = clause.IndexOf(marker, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            var after = folded[(position + at + marker.Length)..];
            if (after.StartsWith("か", StringComparison.Ordinal) || after.StartsWith("でしょうか", StringComparison.Ordinal)
                || after.StartsWith("でしょう", StringComparison.Ordinal) || after.StartsWith("ですか", StringComparison.Ordinal))
            {
                continue; // "お話しできませんか" / "お時間いただけないでしょうか": an invitation, not a refusal.
            }

            return true;
        }

        return false;
    }

    /// <summary>
    /// Gets whether the text names a person the Japanese way: a name followed by an honorific ("佐藤様", "鈴木さん", "田中氏",
    /// not "皆様" or "ご担当者様"), or a colleague named after their team in humble form ("営業部の佐藤が", "担当の田中より").
    /// </summary>
    public static bool NamesPerson(ReadOnlySpan<char> folded)
    {
        for (var i = 1; i < folded.Length; i++)
        {
            var c = folded[i];
            var honorific = c is '様' or '氏' || (c == 'さ' && i + 1 < folded.Length && folded[i + 1] == 'ん');
            if (honorific && IsNameChar(folded[i - 1]) && !IsGenericBeforeHonorific(folded, i))
            {
                return true;
            }

            // "部の佐藤が" / "担当の田中より" / "課の鈴木まで": one to four name characters between "の" and a particle.
            if (c == 'の' && i >= 1 && folded[i - 1] is '部' or '課' or '室' or '当' or 'ム' or '長' or '者')
            {
                var k = i + 1;
                while (k < folded.Length && k - i <= 4 && IsNameChar(folded[k]))
                {
                    k++;
                }

                if (k - i >= 2 && k < folded.Length && folded[k] is 'が' or 'に' or 'へ' or 'よ' or 'ま' or 'で' or 'と' or 'か'
                    && !IsGenericNoun(folded[(i + 1)..k]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Counts Japanese "words" for the length rules: about one word per two kana or kanji.</summary>
    public static int WordsFor(int cjkCharacters) => (cjkCharacters + 1) / 2;

    private static bool IsGenericBeforeHonorific(ReadOnlySpan<char> folded, int honorific)
    {
        var before = folded[..honorific];
        foreach (var generic in (ReadOnlySpan<string>)["皆", "客", "各位", "者", "方", "社", "御中", "貴", "神", "王", "お疲れ", "ご苦労", "お世話", "仏", "俺"])
        {
            if (before.EndsWith(generic, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsGenericNoun(ReadOnlySpan<char> word) => word.StartsWith("者", StringComparison.Ordinal)
        || word.StartsWith("方", StringComparison.Ordinal) || word.StartsWith("人", StringComparison.Ordinal)
        || word.StartsWith("件", StringComparison.Ordinal) || word.StartsWith("メール", StringComparison.Ordinal)
        || word.StartsWith("者様", StringComparison.Ordinal);
}
