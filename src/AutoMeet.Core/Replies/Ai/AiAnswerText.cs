namespace AutoMeet.Replies.Ai;

/// <summary>Prepares a model answer for strict JSON parsing.</summary>
internal static class AiAnswerText
{
    /// <summary>Trims the answer and removes one surrounding Markdown code fence (<c>```json … ```</c>), which some
    /// providers add even in JSON mode. Nothing else is repaired: anything but one JSON object fails to parse.</summary>
    public static string Unfence(string answer)
    {
        var text = answer.Trim();
        if (!text.StartsWith("```", StringComparison.Ordinal) || !text.EndsWith("```", StringComparison.Ordinal) || text.Length < 6)
        {
            return text;
        }

        var firstLineEnd = text.IndexOf('\n', StringComparison.Ordinal);
        return firstLineEnd < 0 ? text : text[(firstLineEnd + 1)..^3].Trim();
    }
}
