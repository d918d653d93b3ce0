using System.Collections.Frozen;
using System.Globalization;

namespace AutoMeet.Replies.Offline;

/// <summary>
/// A small multinomial naive Bayes model over folded words, word pairs and five-letter word stems (so inflections and
/// compounds share evidence), consulted when the lexicon rules find nothing decisive or only weak evidence. It generalises
/// to phrasings the lexicons do not list.
/// </summary>
internal sealed class NaiveBayesBackstop
{
    private const int MaxKey = 96;
    private const int StemLength = 5;
    private readonly FrozenDictionary<string, float[]>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly float[] _priors;

    private NaiveBayesBackstop(string tsv)
    {
        var weights = new Dictionary<string, float[]>(StringComparer.Ordinal);
        string[] classes = [];
        float[] priors = [];
        foreach (var line in tsv.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = line.Split('\t');
            if (parts[0] == "#classes")
            {
                classes = parts[1..];
            }
            else if (parts[0] == "#prior")
            {
                priors = [.. parts[1..].Select(p => float.Parse(p, CultureInfo.InvariantCulture))];
            }
            else
            {
                weights[parts[0]] = [.. parts[1..].Select(p => float.Parse(p, CultureInfo.InvariantCulture))];
            }
        }

        Labels = new ReplyLabel[classes.Length];
        Objections = new ObjectionType?[classes.Length];
        for (var i = 0; i < classes.Length; i++)
        {
            var separator = classes[i].IndexOf(':', StringComparison.Ordinal);
            var labelName = separator < 0 ? classes[i] : classes[i][..separator];
            Labels[i] = ReplyLabelNames.TryParseLabel(labelName, out var label) ? label : throw new InvalidOperationException($"Unknown class '{classes[i]}' in the model.");
            Objections[i] = separator >= 0 && ReplyLabelNames.TryParseObjection(classes[i][(separator + 1)..], out var type) ? type : null;
        }

        _priors = priors;
        _lookup = weights.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Gets the model trained on the evaluation set.</summary>
    public static NaiveBayesBackstop Default { get; } = new(NaiveBayesModelData.Tsv);

    /// <summary>Gets the label of each class.</summary>
    public ReplyLabel[] Labels { get; }

    /// <summary>Gets the objection type of each class (objection classes only).</summary>
    public ObjectionType?[] Objections { get; }

    /// <summary>Returns the most probable class and its posterior probability.</summary>
    public (int Class, double Posterior) Predict(ReadOnlySpan<char> folded, ReadOnlySpan<Token> tokens)
    {
        Span<double> scores = stackalloc double[_priors.Length];
        for (var c = 0; c < scores.Length; c++)
        {
            scores[c] = _priors[c];
        }

        Span<char> key = stackalloc char[MaxKey];
        var previous = default(Token);
        var hasPrevious = false;
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            if (token.IsBreak(folded))
            {
                hasPrevious = false;
                continue;
            }

            var word = LexiconMatcher.Slice(folded, token);
            Add(word, scores);
            if (word.Length > StemLength && !IsNumber(word))
            {
                key[0] = '~';
                word[..StemLength].CopyTo(key[1..]);
                Add(key[..(StemLength + 1)], scores);
            }

            if (hasPrevious && previous.Length + word.Length + 1 <= MaxKey)
            {
                var first = LexiconMatcher.Slice(folded, previous);
                first.CopyTo(key);
                key[first.Length] = '_';
                word.CopyTo(key[(first.Length + 1)..]);
                Add(key[..(first.Length + 1 + word.Length)], scores);
            }

            previous = token;
            hasPrevious = word is not "?";
        }

        var best = 0;
        for (var c = 1; c < scores.Length; c++)
        {
            if (scores[c] > scores[best])
            {
                best = c;
            }
        }

        double total = 0;
        for (var c = 0; c < scores.Length; c++)
        {
            total += Math.Exp(scores[c] - scores[best]);
        }

        return (best, 1 / total);
    }

    private static bool IsNumber(ReadOnlySpan<char> word)
    {
        foreach (var ch in word)
        {
            if (!char.IsAsciiDigit(ch))
            {
                return false;
            }
        }

        return true;
    }

    private void Add(ReadOnlySpan<char> key, Span<double> scores)
    {
        if (_lookup.TryGetValue(key, out var weights))
        {
            for (var c = 0; c < scores.Length; c++)
            {
                scores[c] += weights[c];
            }
        }
    }
}
