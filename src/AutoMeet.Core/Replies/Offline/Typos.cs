namespace AutoMeet.Replies.Offline;

/// <summary>A bounded edit check: at most one insertion, deletion, substitution or adjacent transposition.</summary>
internal static class Typos
{
    /// <summary>Gets whether <paramref name="word"/> is <paramref name="expected"/> with at most one edit.</summary>
    public static bool WithinOneEdit(ReadOnlySpan<char> expected, ReadOnlySpan<char> word)
    {
        var diff = word.Length - expected.Length;
        if (diff is > 1 or < -1)
        {
            return false;
        }

        var prefix = 0;
        var shorter = Math.Min(word.Length, expected.Length);
        while (prefix < shorter && word[prefix] == expected[prefix])
        {
            prefix++;
        }

        if (prefix == shorter)
        {
            return diff == 0; // equal; one letter more or less at the end is an inflection ("decide"/"decided"), not a typo
        }

        if (diff == 0)
        {
            // Substitution, or a transposition of this letter and the next.
            if (word[(prefix + 1)..].SequenceEqual(expected[(prefix + 1)..]))
            {
                return true;
            }

            return prefix + 1 < word.Length && word[prefix] == expected[prefix + 1] && word[prefix + 1] == expected[prefix]
                && word[(prefix + 2)..].SequenceEqual(expected[(prefix + 2)..]);
        }

        return diff > 0 ? word[(prefix + 1)..].SequenceEqual(expected[prefix..]) : word[prefix..].SequenceEqual(expected[(prefix + 1)..]);
    }
}
