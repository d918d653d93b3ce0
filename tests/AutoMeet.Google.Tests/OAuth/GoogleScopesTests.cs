using AutoMeet.Google.OAuth;

namespace AutoMeet.Google.Tests.OAuth;

public sealed class GoogleScopesTests
{
    [Fact]
    public void For_SendOnly_AsksForSignInAndGmailSendOnly()
    {
        var scopes = GoogleScopes.For(GoogleFeatures.SendMail);

        Assert.Equal(["openid", "email", "profile", "https://www.googleapis.com/auth/gmail.send"], scopes);
    }

    [Fact]
    public void For_All_AsksForEachScopeOnce()
    {
        var scopes = GoogleScopes.For(GoogleFeatures.All);

        Assert.Equal(9, scopes.Count); // 3 sign-in + 6 feature scopes (ReadContacts needs contacts.readonly and contacts.other.readonly).
        Assert.Equal(scopes.Count, scopes.Distinct().Count());
        Assert.DoesNotContain("https://mail.google.com/", scopes);
    }

    [Fact]
    public void For_UnknownFlag_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => GoogleScopes.For((GoogleFeatures)1024));
    }

    [Fact]
    public void Granted_UserUntickedCalendar_ReportsOnlyMailFeatures()
    {
        var granted = GoogleScopes.Granted("openid email https://www.googleapis.com/auth/gmail.send https://www.googleapis.com/auth/gmail.readonly");

        Assert.Equal(GoogleFeatures.SendMail | GoogleFeatures.ReadReplies, granted);
    }

    [Fact]
    public void Granted_BroaderScopes_CoverNarrowerFeatures()
    {
        var granted = GoogleScopes.Granted("https://www.googleapis.com/auth/calendar https://mail.google.com/");

        Assert.Equal(GoogleFeatures.SendMail | GoogleFeatures.ReadReplies | GoogleFeatures.ReadAvailability | GoogleFeatures.BookMeetings, granted);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Granted_Nothing_ReportsNone(string? scopes)
    {
        Assert.Equal(GoogleFeatures.None, GoogleScopes.Granted(scopes));
    }
}
