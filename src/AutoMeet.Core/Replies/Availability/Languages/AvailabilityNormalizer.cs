using System.Collections.Frozen;

namespace AutoMeet.Replies.Availability.Languages;

/// <summary>
/// Turns German, French, Spanish, Portuguese, Dutch and Japanese availability phrases into the canonical English tokens the one
/// <see cref="AvailabilityParser"/> reads, using the language's <see cref="LanguageTable"/>: compounds are split
/// ("Donnerstagnachmittag"), clock notation is rewritten ("15h30" → "15 : 30", "15 Uhr" → "15 oclock"), the table's
/// rules are applied longest match first, and the word-order differences are resolved in context
/// (<see cref="Resolve"/>). English text is returned unchanged.
/// </summary>
internal static partial class AvailabilityNormalizer
{
    private static readonly FrozenSet<string> Weekdays =
        new[] { "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Months = new[]
    {
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Connectors =
        new[] { "oder", "of", "ou", "o", "y", "e", "und", "en", "et", "bis", "tot" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Normalises lexed tokens; returns <paramref name="tokens"/> itself when the text reads as English.</summary>
    public static List<string> Normalize(List<string> tokens)
    {
        var table = LanguageDetector.Detect(tokens);
        if (table is null)
        {
            return tokens; // English: nothing to rewrite, nothing allocated
        }

        var folded = new List<string>(tokens.Count);
        foreach (var token in tokens)
        {
            folded.Add(token.Length > 0 && char.IsLetter(token[0]) ? LanguageTable.Fold(token) : token);
        }

        if (table.Code == "ja")
        {
            return Resolve(ResolveJapanese(Rewrite(Rewrite(folded, table, clock: true), table, clock: false)), table);
        }

        var split = SplitCompounds(folded, table);
        var clocked = Rewrite(split, table, clock: true);
        var rewritten = Rewrite(clocked, table, clock: false);
        return Resolve(rewritten, table);
    }

    // "donnerstagnachmittag" → "donnerstag nachmittag", "morgenochtend" → "morgen ochtend".
    private static List<string> SplitCompounds(List<string> words, LanguageTable table)
    {
        List<string>? result = null;
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            var parts = word.Length >= 8 && table.RulesFor(word).Length == 0 ? SplitCompound(word, table) : null;
            if (parts is not null && result is null)
            {
                result = words.GetRange(0, i);
            }

            if (parts is not null)
            {
                result!.Add(parts.Value.Head);
                result.Add(parts.Value.Tail);
            }
            else
            {
                result?.Add(word);
            }
        }

        return result ?? words;
    }

    private static (string Head, string Tail)? SplitCompound(string word, LanguageTable table)
    {
        var cut = table.CompoundCut(word);
        return cut == 0 ? null : (word[..cut], word[cut..]);
    }

    private static List<string> Rewrite(List<string> source, LanguageTable table, bool clock)
    {
        var output = new List<string>(source.Count + 4);
        var i = 0;
        while (i < source.Count)
        {
            var word = source[i];
            var used = Apply(clock ? table.ClockRulesFor(word) : table.RulesFor(word), source, i, table, output);
            if (used == 0 && IsDigits(word))
            {
                used = Apply(clock ? table.ClockRulesFor(LanguageRule.Number) : table.RulesFor(LanguageRule.Number), source, i, table, output);
            }

            if (used == 0 && clock)
            {
                used = DottedMinutes(source, i, output);
            }

            if (used == 0)
            {
                output.Add(word);
                used = 1;
            }

            i += used;
        }

        return output;
    }

    // "14.30" (minutes over 12 or "00", or after a time cue) is a time, not a date: "14 : 30".
    private static int DottedMinutes(List<string> source, int i, List<string> output)
    {
        if (i + 2 >= source.Count || source[i + 1] != "." || !IsDigits(source[i]) || source[i].Length > 2 || !IsDigits(source[i + 2])
            || source[i + 2].Length != 2)
        {
            return 0;
        }

        var hour = int.Parse(source[i], System.Globalization.CultureInfo.InvariantCulture);
        var minute = int.Parse(source[i + 2], System.Globalization.CultureInfo.InvariantCulture);
        var cue = output.Count > 0 && output[^1] is "um" or "om" or "a" or "as" or "las" or "vers" or "gegen" or "rond" or "ab" or "bis" or "tot";
        if (hour > 23 || minute > 59 || !(minute > 12 || minute == 0 || cue))
        {
            return 0;
        }

        output.Add(source[i]);
        output.Add(":");
        output.Add(source[i + 2]);
        return 3;
    }

    private static int Apply(LanguageRule[] rules, List<string> source, int i, LanguageTable table, List<string> output)
    {
        foreach (var rule in rules)
        {
            var length = Match(rule, source, i);
            if (length == 0 || !Allowed(rule, source, i, length, table))
            {
                continue;
            }

            var captured = 0;
            foreach (var token in rule.Replacement)
            {
                if (token == LanguageRule.Number)
                {
                    while (!IsDigits(source[i + captured]))
                    {
                        captured++;
                    }

                    output.Add(source[i + captured]);
                    captured++;
                }
                else
                {
                    output.Add(token);
                }
            }

            // "lun." / "Di.": the abbreviation's dot is not a sentence end.
            if (i + length < source.Count && source[i + length] == "." && rule.DotWords.Contains(source[i]))
            {
                length++;
            }

            return length;
        }

        return 0;
    }

    private static int Match(LanguageRule rule, List<string> source, int i)
    {
        if (i + rule.Pattern.Length > source.Count)
        {
            return 0;
        }

        for (var k = 0; k < rule.Pattern.Length; k++)
        {
            var word = source[i + k];
            var alternatives = rule.Pattern[k];
            var matched = false;
            foreach (var alternative in alternatives)
            {
                if (alternative == LanguageRule.Number ? IsDigits(word) : alternative == word)
                {
                    matched = true;
                    break;
                }
            }

            if (!matched)
            {
                return 0;
            }
        }

        return rule.Pattern.Length;
    }

    // Guarded abbreviations need a day, a number or a range sign next to them; an ordinal noun makes "segunda" "second".
    private static bool Allowed(LanguageRule rule, List<string> source, int i, int length, LanguageTable table)
    {
        if (rule.GuardedWords.Length > 0 && rule.GuardedWords.Contains(source[i]))
        {
            var previous = i - 1;
            while (previous >= 0 && Connectors.Contains(source[previous]))
            {
                previous--;
            }

            var next = i + length;
            while (next < source.Count && Connectors.Contains(source[next]))
            {
                next++;
            }

            if (!IsAnchor(source, previous, table) && !IsAnchor(source, next, table))
            {
                return false;
            }
        }

        return table.OrdinalNouns.Count == 0 || rule.Replacement.Length != 1 || !Weekdays.Contains(rule.Replacement[0])
            || i + length >= source.Count || !table.OrdinalNouns.Contains(source[i + length]);
    }

    private static bool IsAnchor(List<string> source, int index, LanguageTable table)
    {
        if (index < 0 || index >= source.Count)
        {
            return false;
        }

        var word = source[index];
        return IsDigits(word) || word is "-" or "/" or "," or "." || table.RulesFor(word).Any(r =>
            r.Pattern.Length == 1 && r.Replacement.Length == 1 && Weekdays.Contains(r.Replacement[0]));
    }

    private static bool IsDigits(string word) => word.Length > 0 && char.IsAsciiDigit(word[0]);
}
