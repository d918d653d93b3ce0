using System.Buffers.Text;
using AutoMeet.Accounts;
using AutoMeet.Messaging;
using MimeKit;
using NodaTime;

namespace AutoMeet.Google.Gmail;

/// <summary>Builds outgoing RFC 2822 messages and parses Gmail's <c>raw</c> messages, with MimeKit.</summary>
internal static class GmailMime
{
    /// <summary>Builds the base64url <c>raw</c> of an outgoing e-mail.</summary>
    public static string BuildRaw(MailboxAccount account, OutgoingEmail email, Instant now)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(account.DisplayName, account.EmailAddress));
        foreach (var to in email.To)
        {
            message.To.Add(new MailboxAddress(to.DisplayName, to.Address));
        }

        message.Subject = email.Subject;
        message.Date = now.ToDateTimeOffset();
        message.MessageId = Unbracket(email.RfcMessageId);
        if (!string.IsNullOrWhiteSpace(email.InReplyTo))
        {
            message.InReplyTo = Unbracket(email.InReplyTo);
        }

        foreach (var reference in email.References)
        {
            message.References.Add(Unbracket(reference));
        }

        // Ask for no out-of-office or auto-replies (a request, not proof; see RFC 3834 and MS-OXCMAIL).
        message.Headers.Add("X-Auto-Response-Suppress", "OOF, AutoReply");
        foreach (var (name, value) in email.Headers)
        {
            if (value.AsSpan().IndexOfAny('\r', '\n') >= 0)
            {
                throw new ArgumentException($"Header '{name}' contains a line break.", nameof(email));
            }

            message.Headers.Replace(name, value);
        }

        var body = new BodyBuilder { TextBody = email.TextBody, HtmlBody = email.HtmlBody };
        foreach (var attachment in email.Attachments)
        {
            // BodyBuilder wraps the body in multipart/mixed as soon as there is an attachment.
            body.Attachments.Add(attachment.FileName, attachment.Content.ToArray(), ContentType.Parse(attachment.ContentType));
        }

        message.Body = body.ToMessageBody();

        var format = FormatOptions.Default.Clone();
        format.NewLineFormat = NewLineFormat.Dos;
        using var stream = new MemoryStream();
        message.WriteTo(format, stream);
        return Base64Url.EncodeToString(stream.GetBuffer().AsSpan(0, (int)stream.Length));
    }

    /// <summary>Parses a Gmail message fetched with <c>format=raw</c>.</summary>
    public static InboundEmail Parse(string providerMessageId, string threadId, string raw, Instant receivedAt)
    {
        using var stream = new MemoryStream(Base64Url.DecodeFromChars(raw.TrimEnd('=')));
        var message = MimeMessage.Load(stream);
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var header in message.Headers)
        {
            headers.TryAdd(header.Field, header.Value);
        }

        var from = message.From.Mailboxes.FirstOrDefault() ?? message.Sender;
        return new InboundEmail
        {
            ProviderMessageId = providerMessageId,
            ProviderThreadId = threadId,
            RfcMessageId = string.IsNullOrWhiteSpace(message.MessageId) ? providerMessageId + "@gmail.invalid" : message.MessageId,
            InReplyTo = string.IsNullOrWhiteSpace(message.InReplyTo) ? null : message.InReplyTo,
            References = [.. message.References],
            From = from is null ? new EmailAddress(string.Empty) : new EmailAddress(from.Address, string.IsNullOrEmpty(from.Name) ? null : from.Name),
            To = [.. message.To.Mailboxes.Select(m => new EmailAddress(m.Address, string.IsNullOrEmpty(m.Name) ? null : m.Name))],
            Subject = message.Subject ?? string.Empty,
            TextBody = message.TextBody ?? message.HtmlBody ?? string.Empty,
            Headers = headers,
            ReceivedAt = receivedAt,
        };
    }

    /// <summary>Removes the angle brackets around a Message-ID, if any.</summary>
    public static string Unbracket(string messageId) => messageId.Trim().TrimStart('<').TrimEnd('>');
}
