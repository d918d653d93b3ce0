using System.Collections.Frozen;

namespace AutoMeet.Replies.Availability.Languages;

/// <summary>Picks the language of a reply from its words: the table with the most marker words, unless English has as many.</summary>
internal static class LanguageDetector
{
    private static readonly FrozenSet<string> English = new[]
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "today", "tomorrow", "next", "this", "week", "at", "on", "or", "and", "the", "works", "work", "for", "me", "i", "im", "you",
        "is", "pm", "my", "your", "time", "morning", "afternoon", "after", "before", "between", "how", "about", "free",
        "available", "can", "does", "would", "could", "lets", "meet", "call", "chat", "talk", "any", "anytime", "please", "thanks",
        "with", "to", "from", "but", "not", "out", "fine", "good", "great", "sounds", "happy", "what", "when", "sure", "yes", "it",
        "that", "we", "be", "will", "are", "of", "cant", "dont", "busy", "except", "lunch", "noon", "works", "suits", "send", "some",
        "times", "whatever", "sometime", "flexible", "interested", "maybe", "ideally", "could", "there", "have", "day", "days",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Gets the tables of the supported languages other than English.</summary>
    public static IReadOnlyList<LanguageTable> Tables { get; } =
    [
        GermanAvailability.Table, FrenchAvailability.Table, SpanishAvailability.Table, PortugueseAvailability.Table, DutchAvailability.Table,
        JapaneseAvailability.Table,
    ];

    /// <summary>Returns the table of the language <paramref name="words"/> are written in, or null for English (any
    /// kana or kanji token means Japanese).</summary>
    /// <param name="words">The lexed (lower-case) words; accents are folded here, without allocating for ASCII words.</param>
    public static LanguageTable? Detect(IReadOnlyList<string> words)
    {
        var cjk = 0;
        foreach (var word in words)
        {
            cjk += word.Length == 1 && Offline.JapaneseText.IsCjk(word[0]) ? 1 : 0;
        }

        if (cjk >= 1)
        {
            return JapaneseAvailability.Table;
        }

        Span<int> scores = stackalloc int[Tables.Count];
        var english = 0;
        foreach (var lexed in words)
        {
            if (lexed.Length == 0 || !char.IsLetter(lexed[0]))
            {
                continue;
            }

            var word = LanguageTable.Fold(lexed);

            english += English.Contains(word) ? 1 : 0;
            for (var t = 0; t < Tables.Count; t++)
            {
                var table = Tables[t];
                scores[t] += table.Markers.Contains(word) || (word.Length >= 8 && table.CompoundCut(word) > 0) ? 1 : 0;
            }
        }

        var best = -1;
        for (var t = 0; t < Tables.Count; t++)
        {
            if (scores[t] > english && (best < 0 || scores[t] > scores[best]))
            {
                best = t;
            }
        }

        return best < 0 ? null : Tables[best];
    }
}
