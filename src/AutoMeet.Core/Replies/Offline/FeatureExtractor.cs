namespace AutoMeet.Replies.Offline;

/// <summary>Computes <see cref="ReplyFeatures"/> from stripped text: folding, tokenising, lexicon matching and structure.</summary>
internal static class FeatureExtractor
{
    public const int MaxChars = 2048;
    public const int MaxTokens = 512;
    private const int NameWindow = 6;

    /// <summary>Extracts the features of <paramref name="text"/> (truncated to <see cref="MaxChars"/>).</summary>
    public static void Extract(Lexicon lexicon, ReadOnlySpan<char> text, Span<char> folded, Span<Token> tokenBuffer, ref ReplyFeatures features)
    {
        text = text[..Math.Min(text.Length, MaxChars)];
        folded = folded[..text.Length];
        TextFolder.Fold(text, folded);
        var count = Tokenizer.Tokenize(folded, tokenBuffer);
        count = InstructionGuard.Neutralise(folded, tokenBuffer[..count], out var instruction);
        features.InstructionToSystem = instruction;
        var tokens = tokenBuffer[..count];
        features.TokenCount = count;

        features.LastEnd.Fill(-1);
        LexiconMatcher.Match(lexicon, folded, tokens, features.Scores, features.LastEnd);
        SeparableVerbs.Apply(folded, tokens, features.Scores, features.LastEnd);
        ApplyTrailingNegation(folded, tokens, ref features);

        var cjk = 0;
        for (var i = 0; i < tokens.Length; i++)
        {
            var word = LexiconMatcher.Slice(folded, tokens[i]);
            if (JapaneseText.IsCjk(folded, tokens[i]))
            {
                cjk++;
                if (i > 0 && word is "時" or "月" or "日" && char.IsAsciiDigit(folded[tokens[i - 1].Start]))
                {
                    features.HasClockTime = true; // "14時", "3月18日", "19日"
                }

                continue;
            }

            if (word is "?")
            {
                features.HasQuestionMark = true;
                continue;
            }

            if (tokens[i].IsBreak(folded))
            {
                continue;
            }

            features.Words++;
            if (word.Contains('@') && word.IndexOf('@') > 0 && word.LastIndexOf('.') > word.IndexOf('@'))
            {
                features.HasEmailAddress = true;
            }

            if (IsRemovalWord(word) && IsBareCommand(folded, tokens, i))
            {
                features.BareStop = true;
            }

            if (IsClockTime(folded, text, tokens, i) || IsDate(folded, tokens, i))
            {
                features.HasClockTime = true;
            }
        }

        features.Words += JapaneseText.WordsFor(cjk);
        features.NamesSomeone = features.HasEmailAddress
            || (cjk > 0 && (features[Signal.Handoff] > 0 || features[Signal.Include] > 0 || features[Signal.WrongPerson] > 0) && JapaneseText.NamesPerson(folded))
            || NamedNear(text, folded, tokens, features.LastEnd[(int)Signal.Handoff])
            || NamedNear(text, folded, tokens, features.LastEnd[(int)Signal.Include]);
    }

    // German, Dutch and French put the negation after the verb: "passt es zeitlich nicht", "komt niet uit", "ça ne marche pas".
    private static void ApplyTrailingNegation(ReadOnlySpan<char> folded, ReadOnlySpan<Token> tokens, ref ReplyFeatures features)
    {
        foreach (var signal in (ReadOnlySpan<Signal>)[Signal.Meeting, Signal.Affirm])
        {
            var end = features.LastEnd[(int)signal];
            if (end < 0)
            {
                continue;
            }

            for (var k = end; k < tokens.Length && k < end + 3; k++)
            {
                if (tokens[k].IsBreak(folded))
                {
                    break;
                }

                if (LexiconMatcher.Slice(folded, tokens[k]) is "nicht" or "niet" or "pas" or "nao")
                {
                    features.Scores[(int)Signal.NotInterested] += features.Scores[(int)signal] * 0.5f;
                    features.Scores[(int)signal] = 0;
                    break;
                }
            }
        }
    }

    private static bool IsRemovalWord(ReadOnlySpan<char> word) => word is "stop" or "remove" or "unsubscribe" or "unsub"
        or "abmelden" or "austragen" or "desinscription" or "desinscrire" or "baja" or "afmelden" or "uitschrijven" or "descadastrar";

    // "STOP", "Remove.", "pls remove", "stop please": the removal word is the whole clause, give or take a politeness word.
    private static bool IsBareCommand(ReadOnlySpan<char> folded, ReadOnlySpan<Token> tokens, int index)
    {
        var start = index;
        while (start > 0 && !tokens[start - 1].IsBreak(folded))
        {
            start--;
        }

        var end = index + 1;
        while (end < tokens.Length && !tokens[end].IsBreak(folded))
        {
            end++;
        }

        if (end - start > 3)
        {
            return false;
        }

        for (var k = start; k < end; k++)
        {
            var word = LexiconMatcher.Slice(folded, tokens[k]);
            if (k != index && word is not ("please" or "pls" or "plz" or "bitte" or "svp" or "graag" or "me" or "now" or "it" or "?"))
            {
                return false;
            }
        }

        return true;
    }

    // "the 19th", "March 17", "17 mars": a day of month.
    private static bool IsDate(ReadOnlySpan<char> folded, ReadOnlySpan<Token> tokens, int i)
    {
        var word = LexiconMatcher.Slice(folded, tokens[i]);
        if (word.Length is 3 or 4 && char.IsAsciiDigit(word[0]) && word[^2..] is "th" or "st" or "nd" or "rd")
        {
            return true;
        }

        if (word.Length < 4 || Signals.CalendarWords.Month(word) == 0)
        {
            return false;
        }

        return (i > 0 && char.IsAsciiDigit(folded[tokens[i - 1].Start])) || (i + 1 < tokens.Length && char.IsAsciiDigit(folded[tokens[i + 1].Start]));
    }

    // "2pm", "10am", "14h", "9:30", "14 Uhr", "at 3", "um 14".
    private static bool IsClockTime(ReadOnlySpan<char> folded, ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i)
    {
        var word = LexiconMatcher.Slice(folded, tokens[i]);
        var digits = 0;
        while (digits < word.Length && char.IsAsciiDigit(word[digits]))
        {
            digits++;
        }

        if (digits is 0 or > 2)
        {
            return false;
        }

        var suffix = word[digits..];
        if (suffix is "am" or "pm" or "h" or "uhr" or "hs")
        {
            return true;
        }

        if (!suffix.IsEmpty)
        {
            return false;
        }

        var end = tokens[i].Start + tokens[i].Length;
        if (end + 2 < folded.Length && folded[end] == ':' && char.IsAsciiDigit(folded[end + 1]) && char.IsAsciiDigit(folded[end + 2]))
        {
            return true;
        }

        if (i + 1 < tokens.Length && LexiconMatcher.Slice(folded, tokens[i + 1]) is "am" or "pm" or "uhr" or "h" or "horas" or "uur")
        {
            return true;
        }

        return i > 0 && LexiconMatcher.Slice(folded, tokens[i - 1]) is "at" or "um" or "las" or "as" or "om" or "a" or "around";
    }

    // A capitalised word (not sentence-initial, not a pronoun, month or weekday) within a few words of the phrase.
    private static bool NamedNear(ReadOnlySpan<char> text, ReadOnlySpan<char> folded, ReadOnlySpan<Token> tokens, int phraseEnd)
    {
        if (phraseEnd < 0)
        {
            return false;
        }

        var from = Math.Max(0, phraseEnd - NameWindow - 3);
        var to = Math.Min(tokens.Length, phraseEnd + NameWindow);
        for (var k = from; k < to; k++)
        {
            var token = tokens[k];
            var first = text[token.Start];
            if (!char.IsUpper(first) || token.Length < 2 || k == 0 || StartsSentence(text, tokens[k - 1]))
            {
                continue;
            }

            var original = text.Slice(token.Start, token.Length);
            if (!original[1..].ContainsAnyInRange('a', 'z') && !original[1..].ContainsAnyInRange('à', 'ÿ'))
            {
                continue; // CTO, VP, IT, STOP: acronyms and shouting are not names.
            }

            var word = LexiconMatcher.Slice(folded, token);
            if (Signals.CalendarWords.Month(word) > 0 || Signals.CalendarWords.Weekday(word) > 0 || IsCommonCapitalised(word))
            {
                continue;
            }

            return true;
        }

        return false;
    }

    // After ".", "!", "?" or a line break a capital means nothing; after a comma it may be a name ("our IT lead, Ravi").
    private static bool StartsSentence(ReadOnlySpan<char> text, Token previous) =>
        previous.Length == 1 && text[previous.Start] is '.' or '!' or '?' or '\n' or ':';

    private static bool IsCommonCapitalised(ReadOnlySpan<char> word) => word is "sie" or "ihnen" or "ihr" or "ihre" or "ihrem"
        or "ihren" or "ihrer" or "ich" or "wir" or "dafur" or "bitte" or "vous" or "usted" or "ustedes" or "u" or "uw"
        or "please" or "thanks" or "the" or "our" or "my" or "we" or "you" or "ansprechpartner" or "kollege" or "kollegin"
        or "einkauf" or "vertrieb" or "marketing" or "sales" or "head" or "leadership" or "team" or "herr" or "frau";
}
