using System.Buffers.Text;
using AutoMeet.Accounts;
using AutoMeet.Messaging;
using MimeKit;

namespace AutoMeet.Google.Tests.Gmail;

internal static class GmailTestData
{
    public static OutgoingEmail Email(Id<MailboxAccount> accountId, string? threadId = null, string? inReplyTo = null, IReadOnlyList<string>? references = null) => new()
    {
        MailboxAccountId = accountId,
        To = [new EmailAddress("grace@prospect.example", "Grace Hopper")],
        Subject = threadId is null ? "Quick question" : "Re: Quick question",
        TextBody = "Hi Grace, do you have 20 minutes next week?",
        RfcMessageId = Guid.NewGuid().ToString("N") + "@mail.example.com",
        ProviderThreadId = threadId,
        InReplyTo = inReplyTo,
        References = references ?? [],
        Headers = new Dictionary<string, string> { ["List-Unsubscribe"] = "<https://app.example.com/u/abc>" },
    };

    public static MimeMessage Decode(string raw)
    {
        using var stream = new MemoryStream(Base64Url.DecodeFromChars(raw));
        return MimeMessage.Load(stream);
    }

    public static MimeMessage Reply(string subject, string body, string? inReplyTo = null)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress("Grace Hopper", "grace@prospect.example"));
        message.To.Add(new MailboxAddress("Ada Lovelace", "ada@example.com"));
        message.Subject = subject;
        message.MessageId = Guid.NewGuid().ToString("N") + "@prospect.example";
        if (inReplyTo is not null)
        {
            message.InReplyTo = inReplyTo;
            message.References.Add(inReplyTo);
        }

        message.Body = new TextPart("plain") { Text = body };
        return message;
    }
}
