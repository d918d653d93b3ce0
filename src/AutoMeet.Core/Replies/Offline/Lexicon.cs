using System.Collections.Frozen;

namespace AutoMeet.Replies.Offline;

/// <summary>An indexed set of <see cref="LexiconEntry"/> phrases, looked up by their first token.</summary>
internal sealed partial class Lexicon
{
    /// <summary>The gap pattern: up to three words (not across a clause break).</summary>
    public const string Gap = "…";

    private readonly List<LexiconEntry> _building = [];
    private FrozenDictionary<string, LexiconEntry[]> _byFirstToken = FrozenDictionary<string, LexiconEntry[]>.Empty;
    private FrozenDictionary<string, LexiconEntry[]>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private FrozenDictionary<char, LexiconEntry[]> _prefixed = FrozenDictionary<char, LexiconEntry[]>.Empty;
    private FrozenDictionary<char, LexiconEntry[]> _fuzzy = FrozenDictionary<char, LexiconEntry[]>.Empty;

    private Lexicon()
    {
    }

    /// <summary>Gets the built-in multilingual lexicon.</summary>
    public static Lexicon Default { get; } = CreateDefault();

    /// <summary>Gets the number of phrases.</summary>
    public int Count { get; private set; }

    /// <summary>Gets the phrases whose first token is exactly <paramref name="token"/>.</summary>
    public ReadOnlySpan<LexiconEntry> StartingWith(ReadOnlySpan<char> token) =>
        _lookup.TryGetValue(token, out var entries) ? entries : [];

    /// <summary>Gets the one-word phrases of six letters or more that start with <paramref name="first"/> (for typo matching).</summary>
    public ReadOnlySpan<LexiconEntry> OneWordStartingWith(char first) => _fuzzy.TryGetValue(first, out var entries) ? entries : [];

    /// <summary>Gets the phrases whose first token is a prefix pattern with an alternative starting with <paramref name="first"/>.</summary>
    public ReadOnlySpan<LexiconEntry> PrefixedStartingWith(char first) => _prefixed.TryGetValue(first, out var entries) ? entries : [];

    private static Lexicon CreateDefault()
    {
        var lexicon = new Lexicon();
        lexicon.AddUnsubscribe();
        lexicon.AddCalendar();
        lexicon.AddOutOfOffice();
        lexicon.AddReferral();
        lexicon.AddMeeting();
        lexicon.AddInfo();
        lexicon.AddObjections();
        lexicon.AddDeclines();
        lexicon.AddTone();
        lexicon.AddBroaderFamilies();
        lexicon.AddMorphology();
        lexicon.AddJapanese();
        lexicon.Freeze();
        return lexicon;
    }

    private void Add(Signal signal, float weight, params string[] phrases) => AddNegatable(signal, weight, Signal.None, 0, phrases);

    private void AddNegatable(Signal signal, float weight, Signal negated, float negatedWeight, params string[] phrases)
    {
        foreach (var phrase in phrases)
        {
            _building.Add(new LexiconEntry(Parse(phrase), signal, weight, negated, negatedWeight));
        }
    }

    private static string[][] Parse(string phrase)
    {
        Span<char> folded = stackalloc char[phrase.Length];
        for (var i = 0; i < phrase.Length; i++)
        {
            folded[i] = phrase[i] is '|' or '*' or '…' ? phrase[i] : TextFolder.Fold(phrase[i]);
        }

        var words = new string(folded).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var patterns = new List<string[]>(words.Length);
        foreach (var word in words)
        {
            if (word == Gap)
            {
                patterns.Add([Gap]);
            }
            else if (word.Any(JapaneseText.IsCjk))
            {
                AddCjk(word, patterns);
            }
            else
            {
                patterns.Add(word.Split('|'));
            }
        }

        return [.. patterns];
    }

    // Japanese is matched character by character (the tokenizer makes each kana or kanji a token); "…" inside is a gap.
    private static void AddCjk(string word, List<string[]> patterns)
    {
        var i = 0;
        while (i < word.Length)
        {
            if (JapaneseText.IsCjk(word[i]))
            {
                patterns.Add([word[i].ToString()]);
                i++;
                continue;
            }

            if (word[i] == '…')
            {
                patterns.Add([Gap]);
                i++;
                continue;
            }

            var start = i;
            while (i < word.Length && !JapaneseText.IsCjk(word[i]) && word[i] != '…')
            {
                i++;
            }

            patterns.Add([word[start..i]]);
        }
    }

    private void Freeze()
    {
        var exact = new Dictionary<string, List<LexiconEntry>>(StringComparer.Ordinal);
        var prefixed = new List<LexiconEntry>();
        foreach (var entry in _building)
        {
            var first = entry.Patterns[0];
            if (first.Any(p => p.EndsWith('*')))
            {
                prefixed.Add(entry);
                continue;
            }

            foreach (var alternative in first)
            {
                if (!exact.TryGetValue(alternative, out var list))
                {
                    exact[alternative] = list = [];
                }

                list.Add(entry);
            }
        }

        _fuzzy = _building
            .Where(e => e.Patterns.Length == 1 && e.Patterns[0].Length == 1 && e.Patterns[0][0].Length >= 6 && !e.Patterns[0][0].EndsWith('*')
                && e.Signal is Signal.Unsubscribe or Signal.Cancel or Signal.Reschedule or Signal.OutOfOffice or Signal.Affirm or Signal.InfoNoun
                    or Signal.NotInterested or Signal.TimeRef)
            .GroupBy(e => e.Patterns[0][0][0])
            .ToFrozenDictionary(g => g.Key, g => g.ToArray());
        Count = _building.Count;
        _byFirstToken = exact.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
        _lookup = _byFirstToken.GetAlternateLookup<ReadOnlySpan<char>>();
        _prefixed = prefixed
            .SelectMany(e => e.Patterns[0].Where(p => p.Length > 0).Select(p => (First: p[0], Entry: e)))
            .Distinct()
            .GroupBy(p => p.First)
            .ToFrozenDictionary(g => g.Key, g => g.Select(p => p.Entry).ToArray());
        _building.Clear();
    }
}
