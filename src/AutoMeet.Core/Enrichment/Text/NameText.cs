using System.Globalization;
using System.Text;

namespace AutoMeet.Enrichment.Text;

/// <summary>Normalises person and company names for comparison: diacritics folded, lower case, punctuation removed, spaces collapsed.</summary>
internal static class NameText
{
    /// <summary>Returns <paramref name="value"/> folded for comparison ("  Jürgen  O'Neill-Smith " → "jurgen oneill smith").</summary>
    public static string Fold(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return string.Empty;
        }

        var decomposed = value.Normalize(NormalizationForm.FormKD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                pendingSpace = false;
                builder.Append(FoldLetter(c));
            }
            else if (char.IsWhiteSpace(c) || c is '-' or '_' or '.' or ',' or '/' or '&' or '+')
            {
                pendingSpace = true;
            }

            // Apostrophes and other punctuation vanish without splitting the word ("O'Neill" → "oneill").
        }

        return builder.ToString();
    }

    /// <summary>Splits a folded string into its distinct words.</summary>
    public static HashSet<string> Tokens(string folded) =>
        new(folded.Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);

    /// <summary>Returns the Jaccard overlap of two token sets: |A ∩ B| / |A ∪ B|, 0 when either is empty.</summary>
    public static double TokenOverlap(IReadOnlySet<string> left, IReadOnlySet<string> right)
    {
        if (left.Count == 0 || right.Count == 0)
        {
            return 0;
        }

        var common = 0;
        foreach (var token in left)
        {
            if (right.Contains(token))
            {
                common++;
            }
        }

        return (double)common / (left.Count + right.Count - common);
    }

    /// <summary>Returns the words of <paramref name="folded"/> sorted, so that "muller jurgen" equals "jurgen muller".</summary>
    public static string SortTokens(string folded)
    {
        var tokens = folded.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Array.Sort(tokens, StringComparer.Ordinal);
        return string.Join(' ', tokens);
    }

    private static char FoldLetter(char c) => c switch
    {
        'ß' => 's',
        'ø' or 'Ø' => 'o',
        'đ' or 'Đ' => 'd',
        'ł' or 'Ł' => 'l',
        'æ' or 'Æ' => 'a',
        _ => char.ToLowerInvariant(c),
    };
}
