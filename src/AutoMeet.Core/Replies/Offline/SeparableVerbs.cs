namespace AutoMeet.Replies.Offline;

/// <summary>
/// German and Dutch separable verbs, whose particle moves to the end of the clause: "Ich sage den Termin am Freitag ab",
/// "Ik zeg de afspraak van vrijdag af", "Rufen Sie mich doch Donnerstag gegen 10 an". A verb stem (with up to three
/// letters of inflection) followed, later in the same clause, by its particle adds the signal of the whole verb.
/// </summary>
internal static class SeparableVerbs
{
    private const int Window = 10;
    private const int MaxInflection = 3;
    private const float Weight = 1.2f;

    private static readonly (string Stem, string Particle, Signal Signal)[] Verbs =
    [
        ("sag", "ab", Signal.Cancel), ("zeg", "af", Signal.Cancel), ("blas", "ab", Signal.Cancel),
        ("ruf", "an", Signal.Meeting), ("bel", "op", Signal.Meeting), ("plan", "in", Signal.Meeting), ("trag", "ein", Signal.Meeting),
        ("schuif", "op", Signal.Reschedule), ("schuiv", "op", Signal.Reschedule), ("schieb", "nach", Signal.Reschedule),
        ("meld", "af", Signal.Unsubscribe), ("meld", "ab", Signal.Unsubscribe), ("hor", "auf", Signal.Unsubscribe),
        ("nehm", "raus", Signal.Unsubscribe), ("haal", "af", Signal.Unsubscribe),
        ("neem", "op", Signal.Handoff), ("stuur", "door", Signal.Handoff), ("leit", "weiter", Signal.Handoff), ("geb", "weiter", Signal.Handoff),
    ];

    /// <summary>Adds the signal of every separable verb whose particle ends up later in the same clause.</summary>
    public static void Apply(ReadOnlySpan<char> folded, ReadOnlySpan<Token> tokens, Span<float> scores, Span<int> lastEnd)
    {
        for (var i = 0; i < tokens.Length; i++)
        {
            var word = LexiconMatcher.Slice(folded, tokens[i]);
            if (word.Length < 3 || word.Length > 6 + MaxInflection)
            {
                continue;
            }

            foreach (var (stem, particle, signal) in Verbs)
            {
                if (word.Length > stem.Length + MaxInflection || !word.StartsWith(stem, StringComparison.Ordinal))
                {
                    continue;
                }

                for (var k = i + 1; k < tokens.Length && k <= i + Window; k++)
                {
                    if (tokens[k].IsBreak(folded))
                    {
                        break;
                    }

                    if (LexiconMatcher.Slice(folded, tokens[k]).SequenceEqual(particle) && IsClauseEnd(folded, tokens, k + 1))
                    {
                        scores[(int)signal] += Weight;
                        lastEnd[(int)signal] = k + 1;
                        break;
                    }
                }
            }
        }
    }

    private static bool IsClauseEnd(ReadOnlySpan<char> folded, ReadOnlySpan<Token> tokens, int next) =>
        next == tokens.Length || tokens[next].IsBreak(folded) || LexiconMatcher.Slice(folded, tokens[next]) is "?";
}
