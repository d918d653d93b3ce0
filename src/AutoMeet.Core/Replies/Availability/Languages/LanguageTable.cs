using System.Collections.Frozen;
using AutoMeet.Replies.Offline;

namespace AutoMeet.Replies.Availability.Languages;

/// <summary>
/// A language's availability lexicon: rewrite rules from its words to the tokens the English parser reads
/// ("nächste Woche" → "next week", "15 Uhr" → "15 oclock", "por la tarde" → "afternoon"), plus the words that identify
/// the language. Rules are written as <c>"lhs => rhs"</c>: words separated by spaces, alternatives by <c>|</c>,
/// <c>#</c> for a number, a trailing <c>?</c> on a word for a guarded two-letter abbreviation and a trailing <c>.</c>
/// for an abbreviation that swallows its dot. Words are folded (lower case, no accents), so "Übermorgen",
/// "ubermorgen" and "uebermorgen" (listed) all match.
/// </summary>
internal sealed class LanguageTable
{
    private readonly FrozenDictionary<string, LanguageRule[]> _byFirst;
    private readonly FrozenDictionary<string, LanguageRule[]> _clockByFirst;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _dayHeads;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _singleWords;

    public LanguageTable(
        string code,
        IEnumerable<string> rules,
        IEnumerable<string> markers,
        IEnumerable<string>? clockRules = null,
        IEnumerable<string>? ordinalNouns = null,
        IEnumerable<string>? numberWords = null)
    {
        Code = code;
        var firstWords = new HashSet<string>(StringComparer.Ordinal);
        _byFirst = Index(rules, firstWords);
        _clockByFirst = Index(CommonRules.Rules.Concat(clockRules ?? []), null);
        Markers = firstWords.Concat(markers.Select(Fold)).ToFrozenSet(StringComparer.Ordinal);
        var single = _byFirst.Values.SelectMany(r => r).Where(r => r.Pattern.Length == 1).ToList();
        _dayHeads = single.Where(r => r.Replacement.Length == 1 && r.Replacement[0] is "monday" or "tuesday" or "wednesday" or "thursday"
                or "friday" or "saturday" or "sunday" or "tomorrow" or "_morgen")
            .SelectMany(r => r.Pattern[0].Except(r.GuardedWords)).ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _singleWords = single.SelectMany(r => r.Pattern[0]).ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        OrdinalNouns = (ordinalNouns ?? []).Select(Fold).ToFrozenSet(StringComparer.Ordinal);
        NumberWords = (numberWords ?? []).Select((w, i) => (Word: Fold(w), Value: i + 1)).ToFrozenDictionary(p => p.Word, p => p.Value, StringComparer.Ordinal);
    }

    private static FrozenDictionary<string, LanguageRule[]> Index(IEnumerable<string> rules, HashSet<string>? firstWords)
    {
        var byFirst = new Dictionary<string, List<LanguageRule>>(StringComparer.Ordinal);
        foreach (var line in rules)
        {
            var rule = Parse(line);
            foreach (var first in rule.Pattern[0])
            {
                if (!byFirst.TryGetValue(first, out var list))
                {
                    byFirst[first] = list = [];
                }

                list.Add(rule);
                if (first != LanguageRule.Number && first.Length > 2 && rule.Pattern.Length == 1)
                {
                    firstWords?.Add(first);
                }
            }
        }

        // Longest pattern first, so "por la mañana" wins over "mañana".
        return byFirst.ToFrozenDictionary(p => p.Key, p => p.Value.OrderByDescending(r => r.Pattern.Length).ToArray(), StringComparer.Ordinal);
    }

    /// <summary>Gets the language code (de, fr, es, pt, nl).</summary>
    public string Code { get; }

    /// <summary>Gets the words that suggest the text is in this language.</summary>
    public FrozenSet<string> Markers { get; }

    /// <summary>Gets the nouns after which a weekday word is an ordinal (Portuguese "segunda vez": second time).</summary>
    public FrozenSet<string> OrdinalNouns { get; }

    /// <summary>Gets the number words one to twelve ("drei" → 3), for "halb drei" and "half elf".</summary>
    public FrozenDictionary<string, int> NumberWords { get; }

    /// <summary>Gets the rules whose first word is <paramref name="word"/>, longest first.</summary>
    public LanguageRule[] RulesFor(string word) => _byFirst.TryGetValue(word, out var rules) ? rules : [];

    /// <summary>Gets the clock-notation rules ("15h30", "15 Uhr", "9 y media") whose first word is <paramref name="word"/>.</summary>
    public LanguageRule[] ClockRulesFor(string word) => _clockByFirst.TryGetValue(word, out var rules) ? rules : [];

    /// <summary>
    /// Returns where a compound of a day word and a one-word phrase splits ("donnerstag|nachmittag",
    /// "morgen|ochtend"), or 0 when <paramref name="word"/> is not such a compound.
    /// </summary>
    public int CompoundCut(ReadOnlySpan<char> word)
    {
        for (var cut = 4; cut <= word.Length - 4; cut++)
        {
            if (_dayHeads.Contains(word[..cut]) && _singleWords.Contains(word[cut..]))
            {
                return cut;
            }
        }

        return 0;
    }

    /// <summary>Folds a word: lower case, accents removed (the offline classifier's folding).</summary>
    public static string Fold(string word)
    {
        var needs = false;
        foreach (var c in word)
        {
            if (c >= 128 || char.IsUpper(c))
            {
                needs = true;
                break;
            }
        }

        if (!needs)
        {
            return word;
        }

        return string.Create(word.Length, word, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = TextFolder.Fold(source[i]);
            }
        });
    }

    private static LanguageRule Parse(string line)
    {
        var arrow = line.IndexOf("=>", StringComparison.Ordinal);
        if (arrow < 0)
        {
            throw new InvalidOperationException($"Availability rule '{line}' has no '=>'.");
        }

        var guarded = new List<string>();
        var dotted = new List<string>();
        var pattern = line[..arrow].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(word => word.Split('|').Select(alternative =>
        {
            if (alternative.Length > 1 && alternative.EndsWith('?'))
            {
                alternative = Fold(alternative[..^1]);
                guarded.Add(alternative);
                dotted.Add(alternative);
                return alternative;
            }

            if (alternative.Length > 1 && alternative.EndsWith('.'))
            {
                alternative = Fold(alternative[..^1]);
                dotted.Add(alternative);
                return alternative;
            }

            return alternative.Any(char.IsLetter) ? Fold(alternative) : alternative;
        }).ToArray()).ToArray();
        var replacement = line[(arrow + 2)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return new LanguageRule(pattern, replacement, [.. guarded], [.. dotted]);
    }
}
