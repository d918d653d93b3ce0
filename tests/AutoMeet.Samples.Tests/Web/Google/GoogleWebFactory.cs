using AutoMeet.Calendars;
using AutoMeet.Replies.Pipeline;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace AutoMeet.Samples.Tests.Web.Google;

/// <summary>
/// Hosts the web sample with Google configured by settings alone (client id and secret, redirect URI, Pub/Sub audience
/// and service account, the JWKS of a <see cref="JwksServer"/>), and records the reply and calendar work the webhooks start.
/// </summary>
public sealed class GoogleWebFactory(JwksServer jwks) : SampleWebFactory
{
    public const string ClientId = "samples-client.apps.googleusercontent.com";
    public const string ClientSecret = "samples-secret";
    public static readonly Uri RedirectUri = new("https://app.example.com/connect/google/callback");
    public static readonly Uri AuthorizationEndpoint = new("https://accounts.example.test/o/oauth2/v2/auth");

    public RecordingReplyProcessor Replies { get; } = new();

    public RecordingCalendarSync CalendarSync { get; } = new();

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Replies.Dispose();
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("AutoMeet:Google:ClientId", ClientId);
        builder.UseSetting("AutoMeet:Google:ClientSecret", ClientSecret);
        builder.UseSetting("AutoMeet:Google:RedirectUri", RedirectUri.AbsoluteUri);
        builder.UseSetting("AutoMeet:Google:AuthorizationEndpoint", AuthorizationEndpoint.AbsoluteUri);
        builder.UseSetting("AutoMeet:Google:Push:PubSubAudience", JwksServer.Audience);
        builder.UseSetting("AutoMeet:Google:Push:PubSubServiceAccountEmail", JwksServer.ServiceAccount);
        builder.UseSetting("AutoMeet:Google:Push:CertificatesUrl", jwks.CertificatesUrl.AbsoluteUri);
        builder.ConfigureServices(services =>
        {
            services.AddSingleton<IReplyProcessor>(Replies);
            services.AddSingleton<ICalendarSync>(CalendarSync);
        });
    }
}
