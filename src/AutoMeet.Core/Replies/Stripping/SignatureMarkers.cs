namespace AutoMeet.Replies.Stripping;

/// <summary>Recognises the first line of a signature: the "-- " delimiter, mobile footers and sign-off lines.</summary>
internal static class SignatureMarkers
{
    private static readonly string[] MobileFooters =
    [
        "Sent from my ", "Sent from Mail for", "Sent from Outlook", "Sent from Yahoo", "Get Outlook for", "Sent via ",
        "Von meinem ", "Gesendet von meinem", "Envoyé de mon", "Envoyé depuis mon", "Obtenir Outlook pour",
        "Enviado desde mi", "Enviado do meu", "Enviado a partir do", "Verstuurd vanaf mijn", "Verzonden vanaf mijn",
        "Download Outlook voor", "Outlook voor iOS", "Holen Sie sich Outlook",
        "iPhoneから送信", "iPadから送信", "Androidから送信", "Android から送信", "スマートフォンから送信", "携帯から送信",
        "Outlook for iOS を入手", "Outlook for Android を入手",
    ];

    private static readonly string[] Notices =
    [
        "CONFIDENTIALITY NOTICE", "This e-mail and any attachments", "This email and any attachments", "DISCLAIMER:", "Disclaimer:",
        "本メールは", "本メールには", "このメールは機密", "※このメールは", "※本メールは",
    ];

    // Japanese sign-offs ("よろしくお願いいたします。") and the company/phone lines of a Japanese signature block.
    private static readonly string[] JapaneseSignOffs =
    [
        "よろしくお願いいたします", "よろしくお願いします", "よろしくお願い致します", "宜しくお願いいたします", "宜しくお願い致します",
        "宜しくお願いします", "以上、よろしくお願いいたします", "以上、よろしくお願いします", "以上です", "以上", "敬具",
        "引き続きよろしくお願いいたします", "今後ともよろしくお願いいたします", "何卒よろしくお願いいたします",
    ];

    private static readonly System.Buffers.SearchValues<char> RuleCharacters = System.Buffers.SearchValues.Create("━─－-＝=＿_■□◆◇*＊~〜～・ ");

    private static readonly string[] CompanyMarkers = ["株式会社", "有限会社", "合同会社", "(株)", "（株）", "㈱"];

    private static readonly string[] PhoneLabels = ["TEL", "Tel", "ＴＥＬ", "電話", "携帯", "FAX", "Fax", "Mobile"];

    // Sign-offs, compared after trimming trailing punctuation; a line made only of one of these starts a signature.
    private static readonly string[] SignOffs =
    [
        "best", "best regards", "best wishes", "kind regards", "warm regards", "regards", "thanks", "thank you", "thx",
        "cheers", "all the best", "sincerely", "many thanks", "talk soon", "br",
        "mit freundlichen grüßen", "mit freundlichen grüssen", "freundliche grüße", "viele grüße", "beste grüße", "lg", "vg",
        "gruß", "grüße", "liebe grüße", "schöne grüße",
        "cordialement", "bien à vous", "bien cordialement", "merci", "bonne journée", "salutations", "amicalement",
        "saludos", "un saludo", "saludos cordiales", "atentamente", "gracias", "un abrazo",
        "atenciosamente", "abraços", "abs", "obrigado", "obrigada", "att", "cumprimentos",
        "met vriendelijke groet", "met vriendelijke groeten", "groetjes", "groeten", "mvg", "hartelijke groet", "bedankt",
    ];

    /// <summary>Gets whether <paramref name="line"/> starts the signature.</summary>
    /// <param name="line">The raw line.</param>
    /// <param name="trimmed">The trimmed line.</param>
    /// <param name="sawContent">Whether new text came before it (a reply that is only "Thanks!" keeps it).</param>
    public static bool IsSignatureStart(ReadOnlySpan<char> line, ReadOnlySpan<char> trimmed, bool sawContent)
    {
        if (line is "-- " or "--" or "—" || trimmed is "--" or "__")
        {
            return true;
        }

        foreach (var footer in MobileFooters)
        {
            if (trimmed.StartsWith(footer, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        foreach (var notice in Notices)
        {
            if (trimmed.StartsWith(notice, StringComparison.Ordinal))
            {
                return true;
            }
        }

        if (!sawContent)
        {
            return false;
        }

        if (IsJapaneseSignatureLine(trimmed))
        {
            return true;
        }

        if (trimmed.Length > 32)
        {
            return false;
        }

        var core = trimmed.TrimEnd(",.!;:- ");
        foreach (var signOff in SignOffs)
        {
            if (core.Equals(signOff, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            // "Thanks, Anna" / "Best - Tom": a sign-off followed by a short name on the same line.
            if (core.Length > signOff.Length + 1 && core.Length <= signOff.Length + 20
                && core.StartsWith(signOff, StringComparison.OrdinalIgnoreCase) && core[signOff.Length] is ',' or ' ' or '-'
                && IsName(core[(signOff.Length + 1)..].Trim(", -")))
            {
                return true;
            }
        }

        return false;
    }

    // "━━━━━━", "－－－－", "----", "＝＝＝", "■□■□": a rule line; "株式会社サンプル", "TEL：03-…": a company or phone line;
    // "よろしくお願いいたします。": a Japanese sign-off. Lines holding a sentence ("。", "、") are never taken.
    private static bool IsJapaneseSignatureLine(ReadOnlySpan<char> trimmed)
    {
        if (trimmed.Length >= 4 && !trimmed.ContainsAnyExcept(RuleCharacters))
        {
            return true;
        }

        var core = trimmed.TrimEnd("。.!！ ");
        foreach (var signOff in JapaneseSignOffs)
        {
            if (core.Equals(signOff, StringComparison.Ordinal))
            {
                return true;
            }
        }

        if (trimmed.Length > 40 || trimmed.ContainsAny("。、"))
        {
            return false;
        }

        foreach (var company in CompanyMarkers)
        {
            if (trimmed.StartsWith(company, StringComparison.Ordinal) || trimmed.EndsWith(company, StringComparison.Ordinal))
            {
                return true;
            }
        }

        foreach (var label in PhoneLabels)
        {
            if (trimmed.StartsWith(label, StringComparison.Ordinal) && trimmed.Length > label.Length
                && (trimmed[label.Length] is ':' or '：' or ' ' or '.' or '　' || char.IsAsciiDigit(trimmed[label.Length])))
            {
                var rest = trimmed[(label.Length + 1)..];
                if (rest.ContainsAnyInRange('0', '9') || rest.ContainsAnyInRange('０', '９'))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsName(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || !char.IsUpper(text[0]))
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!char.IsLetter(c) && c != ' ' && c != '.' && c != '-')
            {
                return false;
            }
        }

        return text.Count(' ') <= 2;
    }
}
