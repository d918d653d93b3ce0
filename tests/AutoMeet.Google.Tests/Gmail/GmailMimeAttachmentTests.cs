using System.Buffers.Text;
using System.Text;
using AutoMeet.Accounts;
using AutoMeet.Google.Gmail;
using AutoMeet.Messaging;
using MimeKit;
using NodaTime;

namespace AutoMeet.Google.Tests.Gmail;

public sealed class GmailMimeAttachmentTests
{
    private static readonly MailboxAccount Account = new() { OwnerId = new UserId("o"), EmailAddress = "alex@acme.example", DisplayName = "Alex" };

    private static OutgoingEmail Email(params EmailAttachment[] attachments) => new()
    {
        MailboxAccountId = Account.Id,
        To = [new EmailAddress("dana@globex.example", "Dana")],
        Subject = "Re: Quick question",
        TextBody = "We're confirmed.",
        RfcMessageId = "m1.am@acme.example",
        Attachments = attachments,
    };

    private static MimeMessage Parse(string raw)
    {
        using var stream = new MemoryStream(Base64Url.DecodeFromChars(raw));
        return MimeMessage.Load(stream);
    }

    [Fact]
    public void BuildRaw_WithIcsAttachment_AddsItAsACalendarPart()
    {
        var ics = Encoding.UTF8.GetBytes("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n");

        var message = Parse(GmailMime.BuildRaw(Account, Email(new EmailAttachment("invite.ics", "text/calendar; charset=utf-8; method=PUBLISH", ics)), Instant.FromUtc(2026, 3, 2, 8, 0)));

        var part = Assert.Single(message.Attachments.OfType<MimePart>());
        Assert.Equal("invite.ics", part.FileName);
        Assert.Equal("text/calendar", part.ContentType.MimeType);
        Assert.Equal("PUBLISH", part.ContentType.Parameters["method"]);
        using var content = new MemoryStream();
        part.Content!.DecodeTo(content);
        Assert.Equal(ics, content.ToArray());
        Assert.Equal("We're confirmed.", message.TextBody);
    }

    [Fact]
    public void BuildRaw_WithoutAttachments_StaysASinglePart()
    {
        var message = Parse(GmailMime.BuildRaw(Account, Email(), Instant.FromUtc(2026, 3, 2, 8, 0)));

        Assert.Empty(message.Attachments);
        Assert.IsType<TextPart>(message.Body);
    }
}
