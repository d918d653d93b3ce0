namespace AutoMeet.Replies.Responses;

/// <summary>
/// Guesses the language of a reply's own text from common function words (English, German, French, Spanish, Portuguese,
/// Dutch). Short or mixed text that gives no clear signal is reported as <see langword="null"/> (English templates are then used).
/// </summary>
internal static class ReplyLanguage
{
    private static readonly (string Code, HashSet<string> Words)[] Languages =
    [
        ("en", Set("the", "and", "you", "is", "are", "we", "thanks", "thank", "not", "for", "with", "this", "have", "our", "please", "would", "will")),
        ("de", Set("und", "der", "die", "das", "nicht", "ich", "wir", "sie", "ist", "danke", "mit", "für", "bitte", "kein", "keine", "haben", "gerne", "zu")),
        ("fr", Set("le", "la", "les", "et", "je", "nous", "vous", "est", "pas", "merci", "pour", "avec", "une", "des", "ne", "sommes")),
        ("es", Set("el", "la", "los", "las", "y", "que", "no", "gracias", "para", "con", "una", "estamos", "por", "nuestro", "es")),
        ("pt", Set("o", "os", "as", "e", "que", "não", "obrigado", "obrigada", "para", "com", "uma", "estamos", "nosso", "é", "você")),
        ("nl", Set("de", "het", "een", "en", "niet", "ik", "wij", "we", "jullie", "bedankt", "dank", "voor", "met", "is", "geen")),
    ];

    public static string? Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = text.ToLowerInvariant().Split([' ', '\n', '\r', '\t', ',', '.', '!', '?', ';', ':', '(', ')', '"', '\''], StringSplitOptions.RemoveEmptyEntries);
        string? best = null;
        int bestScore = 0, second = 0;
        foreach (var (code, set) in Languages)
        {
            var score = words.Count(set.Contains);
            if (score > bestScore)
            {
                second = bestScore;
                bestScore = score;
                best = code;
            }
            else if (score > second)
            {
                second = score;
            }
        }

        return bestScore >= 2 && bestScore > second ? best : null;
    }

    private static HashSet<string> Set(params string[] words) => new(words, StringComparer.Ordinal);
}
