namespace AutoMeet.Replies.Availability.Languages;

/// <summary>
/// One rewrite rule of a language table: a run of folded source words (each a set of alternatives; <c>#</c> matches a
/// number) and the canonical English tokens it becomes (<c>#</c> copies the matched numbers in order).
/// </summary>
/// <param name="Pattern">The source words; each entry holds the alternatives for that position.</param>
/// <param name="Replacement">The canonical tokens (may be empty: the words are dropped).</param>
/// <param name="GuardedWords">Two-letter abbreviations ("mo", "di") that only count next to another day, a number or a range sign.</param>
/// <param name="DotWords">Abbreviations ("lun", "di") whose following "." belongs to them and is dropped.</param>
internal sealed record LanguageRule(string[][] Pattern, string[] Replacement, string[] GuardedWords, string[] DotWords)
{
    /// <summary>The placeholder for a number in patterns and replacements.</summary>
    public const string Number = "#";
}
