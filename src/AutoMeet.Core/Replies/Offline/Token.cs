namespace AutoMeet.Replies.Offline;

/// <summary>A token of folded text: a word, a number, <c>?</c>, or a clause break (<c>.</c>).</summary>
/// <param name="Start">The index of the first character.</param>
/// <param name="Length">The number of characters.</param>
internal readonly record struct Token(int Start, int Length)
{
    /// <summary>Gets whether the token is a clause break.</summary>
    public bool IsBreak(ReadOnlySpan<char> text) => Length == 1 && text[Start] is '.' or '!' or ',' or ';' or ':' or '\n';
}
