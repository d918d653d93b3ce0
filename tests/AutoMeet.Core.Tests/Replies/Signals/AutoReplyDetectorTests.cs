using AutoMeet.Replies.Signals;

namespace AutoMeet.Core.Tests.Replies.Signals;

public sealed class AutoReplyDetectorTests
{
    [Theory]
    [InlineData("Auto-Submitted", "auto-replied")]
    [InlineData("auto-submitted", "auto-generated")]
    [InlineData("X-Autoreply", "yes")]
    [InlineData("X-Autorespond", "true")]
    [InlineData("Precedence", "auto_reply")]
    [InlineData("Precedence", "bulk")]
    [InlineData("Precedence", "junk")]
    [InlineData("X-MS-Exchange-Inbox-Rules-Loop", "anna@contoso.com")]
    public void HasAutoReplyHeaders_AutoHeader_True(string name, string value)
    {
        Assert.True(AutoReplyDetector.HasAutoReplyHeaders(new Dictionary<string, string> { [name] = value }, out var reason));
        Assert.StartsWith("header:", reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Auto-Submitted", "no")]
    [InlineData("Precedence", "list")]
    [InlineData("In-Reply-To", "<m1@automeet.io>")]
    public void HasAutoReplyHeaders_HumanHeaders_False(string name, string value)
    {
        Assert.False(AutoReplyDetector.HasAutoReplyHeaders(new Dictionary<string, string> { [name] = value }, out _));
    }

    [Theory]
    [InlineData("Automatic reply: Quick question", true)]
    [InlineData("Abwesenheitsnotiz: Termin", true)]
    [InlineData("Réponse automatique : Échange", true)]
    [InlineData("Respuesta automática: Llamada", true)]
    [InlineData("Automatisch antwoord: Gesprek", true)]
    [InlineData("Re: Quick question", false)]
    public void HasAutoReplySubject_Subject_Detects(string subject, bool expected)
    {
        Assert.Equal(expected, AutoReplyDetector.HasAutoReplySubject(subject));
    }
}
