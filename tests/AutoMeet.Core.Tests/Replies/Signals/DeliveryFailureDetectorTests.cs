using AutoMeet.Replies;
using AutoMeet.Replies.Signals;

namespace AutoMeet.Core.Tests.Replies.Signals;

public sealed class DeliveryFailureDetectorTests
{
    [Fact]
    public void IsDeliveryFailure_DeliveryStatusReportContentType_True()
    {
        var reply = new ReplyInput
        {
            From = "someone@example.com",
            Headers = new Dictionary<string, string> { ["content-type"] = "multipart/report; report-type=delivery-status; boundary=x" },
        };

        Assert.True(DeliveryFailureDetector.IsDeliveryFailure(reply, out var reason));
        Assert.Equal("header:content-type-delivery-status", reason);
    }

    [Theory]
    [InlineData("Mail Delivery Subsystem <mailer-daemon@googlemail.com>", "Delivery Status Notification (Failure)", "** Address not found **\n550 5.1.1 The email account that you tried to reach does not exist.")]
    [InlineData("Microsoft Outlook <postmaster@contoso.onmicrosoft.com>", "Undeliverable: Hi", "Your message to j@contoso.com couldn't be delivered.")]
    [InlineData("Microsoft Outlook <postmaster@firma.de>", "Unzustellbar: Termin", "Ihre Nachricht konnte nicht übermittelt werden. 550 5.1.10 RESOLVER.ADR.RecipientNotFound")]
    [InlineData("MAILER-DAEMON@mail.example.org (Mail Delivery System)", "Undelivered Mail Returned to Sender", "This is the mail system at host mail.example.org.\n<bob@example.org>: 550 5.1.1 User unknown")]
    [InlineData("Mail Delivery System <Mailer-Daemon@mx.provider.co.uk>", "Mail delivery failed: returning message to sender", "This message was created automatically by mail delivery software.\nA message that you sent could not be delivered. This is a permanent error.")]
    [InlineData("Mail Delivery Subsystem <MAILER-DAEMON@corp.net>", "Returned mail: see transcript for details", "----- Transcript of session follows -----\n550 5.1.1 <jdoe@corp.net>... User unknown")]
    [InlineData("postmaster@partner.com", "Delivery Status Notification (Failure)", "Delivery to the following recipients failed.")]
    public void IsDeliveryFailure_KnownMtaFormats_True(string from, string subject, string body)
    {
        var reply = new ReplyInput { From = from, Subject = subject, Body = body };

        Assert.True(DeliveryFailureDetector.IsDeliveryFailure(reply, out _));
    }

    [Theory]
    [InlineData("Anna <anna@contoso.com>", "Re: Quick question", "Your last email bounced off my spam filter, but yes, let's talk.")]
    [InlineData("postmaster@contoso.com", "Re: Quick question", "I run the mail server here. Not interested.")]
    [InlineData("Anna <anna@contoso.com>", "Re: Undeliverable?", "Haha no, it arrived. Version 5.1.1 of our app is out.")]
    public void IsDeliveryFailure_HumanReplies_False(string from, string subject, string body)
    {
        var reply = new ReplyInput { From = from, Subject = subject, Body = body };

        Assert.False(DeliveryFailureDetector.IsDeliveryFailure(reply, out _));
    }

    [Theory]
    [InlineData("smtp;550 5.1.1 User unknown", true)]
    [InlineData("<mx.firma.de #5.1.1 smtp;550>", true)]
    [InlineData("451 4.4.1 reply: read error", true)]
    [InlineData("version 5.1.1 released", false)]
    [InlineData("call me at 5.30", false)]
    public void HasEnhancedStatusCode_Text_DetectsSmtpStatus(string text, bool expected)
    {
        Assert.Equal(expected, DeliveryFailureDetector.HasEnhancedStatusCode(text));
    }
}
