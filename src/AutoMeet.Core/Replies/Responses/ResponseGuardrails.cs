using System.Text.RegularExpressions;

namespace AutoMeet.Replies.Responses;

/// <summary>
/// Checks a model-written draft before it can become a reply draft. The rules hold whatever the prompt or the
/// prospect's text says: no markup or prompt markers; no URL, domain or address outside the allow-list (the sender's own
/// address is allowed); no discount, free period, percentage or amount of money; no date, weekday, clock time or claim of
/// a booking (concrete times come only from the meeting scheduler, which books inside computed availability).
/// </summary>
internal static partial class ResponseGuardrails
{
    /// <summary>Returns why the draft is refused, or <see langword="null"/> when it passes.</summary>
    public static string? Check(string body, IEnumerable<string> allowedLinks, string senderEmail)
    {
        try
        {
            if (body.Contains("<<<", StringComparison.Ordinal) || body.Contains("{{", StringComparison.Ordinal) || body.Contains("{%", StringComparison.Ordinal) || Markup().IsMatch(body))
            {
                return ResponseFallbackReasons.Markup;
            }

            foreach (Match match in Link().Matches(body))
            {
                var value = match.Value.TrimEnd('.', ',', ')', ';', ':', '!', '?');
                if (!IsAllowed(value, allowedLinks, senderEmail))
                {
                    return ResponseFallbackReasons.LinkNotAllowed;
                }
            }

            if (Commercial().IsMatch(body))
            {
                return ResponseFallbackReasons.CommercialPromise;
            }

            return Time().IsMatch(body) ? ResponseFallbackReasons.TimeNotAllowed : null;
        }
        catch (RegexMatchTimeoutException)
        {
            return ResponseFallbackReasons.InvalidDraft;
        }
    }

    private static bool IsAllowed(string value, IEnumerable<string> allowedLinks, string senderEmail)
    {
        if (!string.IsNullOrWhiteSpace(senderEmail) && string.Equals(value, senderEmail.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        foreach (var allowed in allowedLinks)
        {
            var prefix = allowed.Trim();
            if (prefix.Length > 0 && (value.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
                || StripScheme(value).StartsWith(StripScheme(prefix), StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }

    private static string StripScheme(string value)
    {
        var index = value.IndexOf("://", StringComparison.Ordinal);
        var rest = index >= 0 ? value[(index + 3)..] : value;
        return rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? rest[4..] : rest;
    }

    [GeneratedRegex(@"<\s*/?\s*(a|script|img|iframe|html|body|div|span|p|br)\b|\[[^\]]*\]\([^)]*\)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking, matchTimeoutMilliseconds: 2000)]
    private static partial Regex Markup();

    [GeneratedRegex(
        @"\b[a-z][a-z0-9+.\-]*://\S+"
        + @"|\bwww\.\S+"
        + @"|[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+"
        + @"|\b(?:[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?\.)+(?:com|net|org|io|ai|co|app|dev|info|biz|eu|us|uk|de|fr|es|nl|pt|it|ch|at|be|me|ly|gl|xyz|link|site|online|shop)\b(?:/\S*)?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking, matchTimeoutMilliseconds: 2000)]
    private static partial Regex Link();

    [GeneratedRegex(
        @"\b(discount\w*|rebate\w*|coupon\w*|promo(tion(al)?)?\s*code|voucher\w*|cheaper|waive\w*|price\s*(cut|reduction|match|drop)|lower\s+(the\s+|our\s+)?price|reduced\s+price|free\s+(of\s+charge|month\w*|year\w*|trial|for|upgrade|seat\w*|licen[cs]e\w*)|no\s+charge|on\s+the\s+house)\b"
        + @"|\b(rabatt\w*|nachlass\w*|preisnachlass|gutschein\w*|kostenlos\w*|gratis|remise\w*|réduction\w*|gratuit\w*|descuento\w*|rebaja\w*|desconto\w*|grátis|korting\w*|gratis)\b"
        + @"|\d+(?:[.,]\d+)?\s*(%|percent|prozent|pour\s*cent|por\s*ciento|por\s*cento|procent)"
        + @"|[$€£¥]\s*\d|\b\d+(?:[.,]\d+)?\s*(usd|eur|gbp|dollars?|euros?|pounds?)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking, matchTimeoutMilliseconds: 2000)]
    private static partial Regex Commercial();

    [GeneratedRegex(
        @"\b\d{1,2}(:\d{2})?\s*((am|pm|uhr|o'?clock)\b|a\.m\.|p\.m\.)|\b\d{1,2}[:h]\d{2}\b"
        + @"|\b\d{1,4}[./\-]\d{1,2}(?:[./\-]\d{2,4})?\b"
        + @"|\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|übermorgen|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo|mañana|segunda-feira|terça-feira|quarta-feira|quinta-feira|sexta-feira|amanhã|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\b"
        + @"|\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?|januar|februar|märz|mai|juni|juli|oktober|dezember)\s+\d{1,2}\b|\b\d{1,2}(st|nd|rd|th)?\.?\s+(of\s+)?(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?|januar|februar|märz|mai|juni|juli|oktober|dezember)\b"
        + @"|\b(i|we)('ve|\s+have)?\s+(booked|scheduled|reserved|blocked|sent\s+(you\s+)?an?\s+(calendar\s+)?invit\w*)\b|\bcalendar\s+invit\w*",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking, matchTimeoutMilliseconds: 2000)]
    private static partial Regex Time();
}
