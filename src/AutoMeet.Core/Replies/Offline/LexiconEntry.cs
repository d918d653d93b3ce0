namespace AutoMeet.Replies.Offline;

/// <summary>One lexicon phrase: token patterns (exact, <c>pre*</c> prefix, <c>a|b</c> alternatives, <c>…</c> gap of up to
/// three words), the signal it adds and, when a negator precedes it, the signal it adds instead.</summary>
internal sealed class LexiconEntry
{
    public LexiconEntry(string[][] patterns, Signal signal, float weight, Signal negated, float negatedWeight)
    {
        Patterns = patterns;
        Signal = signal;
        Weight = weight;
        Negated = negated;
        NegatedWeight = negatedWeight;
    }

    /// <summary>Gets the token patterns; each is a set of alternatives; the single alternative "…" is a gap.</summary>
    public string[][] Patterns { get; }

    public Signal Signal { get; }

    public float Weight { get; }

    public Signal Negated { get; }

    public float NegatedWeight { get; }

    public bool IsGap(int index) => Patterns[index].Length == 1 && ReferenceEquals(Patterns[index][0], Lexicon.Gap);

    public static bool Matches(string pattern, ReadOnlySpan<char> token) =>
        pattern.EndsWith('*')
            ? token.Length >= pattern.Length - 1 && token.StartsWith(pattern.AsSpan(0, pattern.Length - 1), StringComparison.Ordinal)
            : token.SequenceEqual(pattern);
}
