namespace AutoMeet.Replies.Signals;

/// <summary>
/// Recognises delivery-status reports and mailer-daemon bounces: Gmail, Exchange/Outlook NDRs (English, German, Dutch),
/// Postfix, Exim, Sendmail and generic <c>multipart/report; report-type=delivery-status</c> messages.
/// </summary>
internal static class DeliveryFailureDetector
{
    private static readonly string[] DaemonSenders = ["mailer-daemon", "postmaster", "mail delivery", "maildelivery", "mail administrator"];

    private static readonly string[] BounceSubjects =
    [
        "undeliverable", "undelivered mail", "delivery status notification", "mail delivery failed", "returned mail",
        "delivery failure", "failure notice", "could not send message", "delivery has failed", "message not delivered",
        "unzustellbar", "nicht zustellbar", "onbestelbaar", "non remis", "échec de la remise", "echec de la remise",
        "notificación de estado de entrega", "no se puede entregar", "notificação de status de entrega", "não entregue",
        "mensagem não entregue", "niet bezorgd",
        "配信不能", "配信できません", "配信不可", "配送不能", "配信エラー", "配信に失敗", "送信エラー", "エラーメールの返送",
    ];

    private static readonly string[] BounceBodies =
    [
        "couldn't be delivered", "could not be delivered", "wasn't delivered", "was not delivered", "address not found",
        "user unknown", "recipient address rejected", "permanent error", "recipientnotfound", "does not exist",
        "delivery to the following recipients failed", "undeliverable", "mailbox unavailable", "no such user",
        "konnte nicht", "nicht zugestellt", "nicht erreicht werden", "n'a pas pu être remis", "no se ha entregado",
        "não foi entregue", "kan niet worden bezorgd", "quota exceeded", "over quota", "host or domain name not found",
        "mail delivery software", "mail system at host", "transcript of session",
        "配信できませんでした", "メッセージが配信されませんでした", "アドレスが見つかりません", "配信されませんでした", "宛先が見つかりません",
        "送信できませんでした", "届けることができませんでした", "配送できませんでした",
    ];

    /// <summary>Gets whether the reply is a delivery-failure notification; <paramref name="reason"/> names the evidence.</summary>
    public static bool IsDeliveryFailure(ReplyInput reply, out string reason)
    {
        if (HeaderLookup.TryGet(reply.Headers, "Content-Type", out var contentType)
            && contentType.Contains("report-type=delivery-status", StringComparison.OrdinalIgnoreCase))
        {
            reason = "header:content-type-delivery-status";
            return true;
        }

        var fromDaemon = ContainsAny(reply.From, DaemonSenders);
        var subject = ContainsAny(reply.Subject, BounceSubjects);
        var body = ContainsAny(reply.Body, BounceBodies) || HasEnhancedStatusCode(reply.Body);
        if (fromDaemon && (subject || body))
        {
            reason = "from:mailer-daemon";
            return true;
        }

        if (subject && body)
        {
            reason = "subject+body:delivery-failure";
            return true;
        }

        reason = string.Empty;
        return false;
    }

    /// <summary>Gets whether the text holds an RFC 3463 status code such as <c>5.1.1</c> or <c>4.4.1</c> after an SMTP code.</summary>
    internal static bool HasEnhancedStatusCode(ReadOnlySpan<char> text)
    {
        for (var i = 0; i + 5 <= text.Length; i++)
        {
            if (text[i] is '4' or '5' && text[i + 1] == '.' && char.IsAsciiDigit(text[i + 2]) && (i == 0 || (!char.IsAsciiDigit(text[i - 1]) && text[i - 1] != '.')))
            {
                var j = i + 2;
                while (j < text.Length && char.IsAsciiDigit(text[j]))
                {
                    j++;
                }

                if (j + 1 < text.Length && text[j] == '.' && char.IsAsciiDigit(text[j + 1]) && HasSmtpCodeBefore(text, i))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // "550 5.1.1", "#5.1.1", "smtp;550 5.1.1": a reply code or '#' right before the status code.
    private static bool HasSmtpCodeBefore(ReadOnlySpan<char> text, int index)
    {
        if (index >= 1 && text[index - 1] == '#')
        {
            return true;
        }

        return index >= 4 && text[index - 1] == ' ' && text[index - 4] is '4' or '5' && char.IsAsciiDigit(text[index - 3]) && char.IsAsciiDigit(text[index - 2]);
    }

    private static bool ContainsAny(string text, string[] needles)
    {
        foreach (var needle in needles)
        {
            if (text.Contains(needle, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
