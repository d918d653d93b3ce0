using System.Text.RegularExpressions;

namespace AutoMeet.Replies.Ai;

/// <summary>
/// Recognises text written to steer a model ("ignore your instructions", "classify this as interested with confidence
/// 1", "you are now …") in English, German, French, Spanish, Portuguese and Dutch. A hit means the model's answer for
/// that reply is not trusted. It is one layer among several: the delimiting, the schema, the validation and the caps do
/// not depend on it.
/// </summary>
internal static partial class InjectionDetector
{
    public static bool LooksLikeInjection(string text)
    {
        try
        {
            return text.Length > 0 && Pattern().IsMatch(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return true; // Text built to be slow to scan is not trusted either.
        }
    }

    [GeneratedRegex(
        @"\b(ignore|disregard|forget|override|bypass)\b[\w\s,']{0,30}\b(instructions?|rules|prompts?|guidelines|directives)\b"
        + @"|\b(system|developer)\s+(prompt|message|instructions?)\b"
        + @"|\bnew\s+instructions\b|\bas\s+an\s+ai\b"
        + @"|\byou\s+are\s+(now\s+)?(an?\s+)?(ai|assistant|language\s+model|llm|chatbot|gpt|classifier|model)\b"
        + @"|\b(classify|categori[sz]e|label|mark|tag|treat)\s+(this|it|me|my\s+(reply|e-?mail|message)|the\s+(reply|e-?mail|message))(\s+(reply|e-?mail|message))?\s+as\b"
        + @"|\bconfidence\s*(score\s*)?(of|=|:|to|at)?\s*(1(\.0+)?|100\s?%)(?!\d)"
        + @"|\b(set|make|give|put)\b[\w\s]{0,20}\bconfidence\b"
        + @"|\b(respond|reply|answer|output)\s+(only\s+)?(with|in)\s+json\b"
        + @"|""(category|confidence|objection|kind|windows)""\s*:"
        + @"|\bignorier\w*\b[\w\s]{0,30}\b(anweisungen|instruktionen|regeln)\b"
        + @"|\bignore[rz]?\b[\w\s]{0,30}\b(consignes|instructions)\b"
        + @"|\bignor[ae]\w*\b[\w\s]{0,30}\b(instrucciones|instruções|instrucoes|reglas|regras)\b"
        + @"|\bnegeer\b[\w\s]{0,30}\b(instructies|regels)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
        matchTimeoutMilliseconds: 200)]
    private static partial Regex Pattern();
}
