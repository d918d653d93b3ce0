using System.Text;
using AutoMeet.Google.Push;

namespace AutoMeet.Google.Tests.Push;

public sealed class GmailPushNotificationTests
{
    [Fact]
    public void TryParse_PubSubEnvelope_ReadsAddressAndHistoryId()
    {
        var ok = GmailPushNotification.TryParse(Encoding.UTF8.GetBytes(PushTokens.GmailBody("Ada@Example.com", 9876543210)), out var notification);

        Assert.True(ok);
        Assert.Equal("ada@example.com", notification!.EmailAddress);
        Assert.Equal(9876543210UL, notification.HistoryId);
        Assert.Equal("2070443601311540", notification.PubSubMessageId);
    }

    [Fact]
    public void TryParse_HistoryIdAsStringAndBase64Url_IsRead()
    {
        var data = Convert.ToBase64String(Encoding.UTF8.GetBytes("""{"emailAddress":"ada@example.com","historyId":"12345"}""")).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var body = $$"""{"message":{"data":"{{data}}","messageId":"1"},"subscription":"s"}""";

        Assert.True(GmailPushNotification.TryParse(Encoding.UTF8.GetBytes(body), out var notification));
        Assert.Equal(12345UL, notification!.HistoryId);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("""{"message":{}}""")]
    [InlineData("""{"message":{"data":"%%%"}}""")]
    [InlineData("""{"message":{"data":"eyJoaXN0b3J5SWQiOjF9"}}""")]
    public void TryParse_NotAGmailNotification_ReturnsFalse(string body)
    {
        Assert.False(GmailPushNotification.TryParse(Encoding.UTF8.GetBytes(body), out var notification));
        Assert.Null(notification);
    }
}
