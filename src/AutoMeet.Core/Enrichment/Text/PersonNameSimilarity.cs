namespace AutoMeet.Enrichment.Text;

/// <summary>
/// Compares person names: both names are folded (<see cref="NameText.Fold"/>: diacritics removed, lower case,
/// punctuation dropped), and the similarity is the larger of the Jaro-Winkler score of the folded names as written
/// and of their words sorted, so "Müller, Jürgen" and "Jurgen Muller" score 1.
/// </summary>
internal static class PersonNameSimilarity
{
    /// <summary>Returns the similarity (0–1) of two full names; 0 when either is blank.</summary>
    public static double Compare(string? left, string? right)
    {
        var a = NameText.Fold(left);
        var b = NameText.Fold(right);
        if (a.Length == 0 || b.Length == 0)
        {
            return 0;
        }

        var direct = JaroWinkler.Similarity(a, b);
        var sorted = JaroWinkler.Similarity(NameText.SortTokens(a), NameText.SortTokens(b));
        return Math.Max(direct, sorted);
    }

    /// <summary>
    /// Returns the similarity (0–1) of two people given as first and last names: the smaller of the first-name and
    /// last-name Jaro-Winkler similarities (folded), or of the swapped pairs when first and last names were entered
    /// the other way round, whichever is larger; 0 when a name part is blank. Comparing parts separately keeps a shared
    /// first name from carrying different last names ("Jane Doe" vs "Jane Dorsey" scores 0.87, not 0.95).
    /// </summary>
    public static double ComparePartwise(string? first1, string? last1, string? first2, string? last2)
    {
        return CompareFoldedParts(NameText.Fold(first1), NameText.Fold(last1), NameText.Fold(first2), NameText.Fold(last2));
    }

    /// <summary>
    /// As <see cref="ComparePartwise"/>, for name parts already folded with <see cref="NameText.Fold"/>. Results below
    /// <paramref name="cutoff"/> are only guaranteed to be below it (comparisons stop early), which is all a threshold needs.
    /// </summary>
    public static double CompareFoldedParts(string f1, string l1, string f2, string l2, double cutoff = 0)
    {
        if (f1.Length == 0 || l1.Length == 0 || f2.Length == 0 || l2.Length == 0)
        {
            return 0;
        }

        var straight = BothParts(l1, l2, f1, f2, cutoff);
        return straight >= cutoff && cutoff > 0 ? straight : Math.Max(straight, BothParts(f1, l2, l1, f2, cutoff));
    }

    private static double BothParts(string a1, string a2, string b1, string b2, double cutoff)
    {
        var first = JaroWinkler.Similarity(a1, a2);
        return first < cutoff ? first : Math.Min(first, JaroWinkler.Similarity(b1, b2));
    }

    /// <summary>Joins a first and last name into one full name.</summary>
    public static string FullName(string? first, string? last) => $"{first?.Trim()} {last?.Trim()}".Trim();
}
