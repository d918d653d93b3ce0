using AutoMeet.Sending.Content;

namespace AutoMeet.Core.Tests.Sending;

public sealed class EmailContentCheckerTests
{
    [Fact]
    public void Check_PlainPersonalEmail_NoWarnings()
    {
        var warnings = EmailContentChecker.Check(
            "Quick question about Globex's onboarding",
            "Hi Dana,\n\nI saw your team is hiring support engineers. Would a 20-minute call next week make sense? Here is a short write-up: https://acme.example/onboarding\n\nAlex",
            "<p>Hi Dana,</p><p>I saw your team is hiring support engineers. Would a 20-minute call next week make sense? Here is a <a href=\"https://acme.example/onboarding\">short write-up</a>.</p>");

        Assert.Empty(warnings);
    }

    [Theory]
    [InlineData("FREE OFFER INSIDE", "Hello there", null, ContentWarningCode.SubjectShouting)]
    [InlineData("Hi", "Act now, this is a limited time deal", null, ContentWarningCode.SpamPhrase)]
    [InlineData("Hi!!", "Hello", null, ContentWarningCode.ExclamationMarks)]
    [InlineData("Hi", null, "<p>Hello</p>", ContentWarningCode.MissingPlainText)]
    [InlineData("Hi", "see https://bit.ly/x1", null, ContentWarningCode.LinkShortener)]
    [InlineData("Hi", "a https://a.example b https://b.example c https://c.example d https://d.example", null, ContentWarningCode.TooManyLinks)]
    [InlineData("Hi", "Look", "<img src=\"a.png\"><img src=\"b.png\"><img src=\"c.png\">", ContentWarningCode.TooManyImages)]
    [InlineData("Hi", "Look", "<img src=\"a.png\">", ContentWarningCode.ImageHeavy)]
    public void Check_RiskyContent_WarnsWithTheCode(string subject, string? text, string? html, ContentWarningCode expected)
    {
        var warnings = EmailContentChecker.Check(subject, text, html);

        Assert.Contains(warnings, w => w.Code == expected);
    }

    [Fact]
    public void Check_SpamPhraseInsideAnotherWord_NotFlagged()
    {
        Assert.DoesNotContain(EmailContentChecker.Check("Hi", "Our urgentcare partners", null), w => w.Code == ContentWarningCode.SpamPhrase);
    }
}
