using AutoMeet.Google.Push;

namespace AutoMeet.Google.Tests.Push;

public sealed class PushOptionsValidatorTests
{
    [Fact]
    public void Validate_Defaults_Succeed()
    {
        Assert.True(new PushOptionsValidator().Validate(null, new GoogleOptions()).Succeeded);
    }

    [Fact]
    public void Validate_FullPushSettings_Succeed()
    {
        var options = new GoogleOptions();
        options.Push.GmailTopic = "projects/automeet-prod/topics/gmail-push";
        options.Push.PubSubAudience = "https://app.example.com/webhooks/gmail";
        options.Push.PubSubServiceAccountEmail = "push@automeet-prod.iam.gserviceaccount.com";
        options.Push.CalendarWebhookAddress = new Uri("https://app.example.com/webhooks/calendar");

        Assert.True(new PushOptionsValidator().Validate(null, options).Succeeded);
    }

    [Fact]
    public void Validate_BadValues_NameEachSetting()
    {
        var options = new GoogleOptions();
        options.Push.GmailTopic = "gmail-push";
        options.Push.CalendarWebhookAddress = new Uri("http://app.example.com/webhooks/calendar");
        options.Push.CertificatesUrl = new Uri("http://keys.example.com/certs");
        options.Push.TokenRefreshAhead = TimeSpan.FromMinutes(1);
        options.Push.CalendarWatchOverlap = TimeSpan.FromDays(5);
        options.PeopleApiBaseUri = new Uri("http://people.example.com/");

        var message = new PushOptionsValidator().Validate(null, options).FailureMessage;

        Assert.Contains("AutoMeet:Google:Push:GmailTopic 'gmail-push'", message, StringComparison.Ordinal);
        Assert.Contains("AutoMeet:Google:Push:CalendarWebhookAddress", message, StringComparison.Ordinal);
        Assert.Contains("AutoMeet:Google:Push:CertificatesUrl", message, StringComparison.Ordinal);
        Assert.Contains("AutoMeet:Google:Push:TokenRefreshAhead", message, StringComparison.Ordinal);
        Assert.Contains("AutoMeet:Google:Push:CalendarWatchOverlap", message, StringComparison.Ordinal);
        Assert.Contains("AutoMeet:Google:PeopleApiBaseUri", message, StringComparison.Ordinal);
    }
}
