using System.Net;
using System.Text.RegularExpressions;
using AutoMeet.Compliance;
using AutoMeet.Messaging;
using AutoMeet.Sending;
using AutoMeet.Sending.Tracking;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace AutoMeet.Core.Tests.Sending;

public sealed class EngagementTrackingTests
{
    private static readonly Instant MondayMorning = Instant.FromUtc(2026, 11, 2, 7, 0);

    [Fact]
    public async Task SendDueAsync_TrackingOff_LeavesLinksAndAddsNoPixel()
    {
        await using var host = await StartAsync(track: false);

        var html = await SendOneAsync(host);

        Assert.Contains("href=\"https://acme.example/case-study\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("/t/o?token=", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClickAsync_TrackedLink_RecordsClickAndRedirectsOnlyToTheSignedUrl()
    {
        await using var host = await StartAsync(track: true);
        var html = await SendOneAsync(host);
        var tracker = host.Services.GetRequiredService<IEngagementTracker>();

        var click = await tracker.ClickAsync(TokenOf(html, "t/c"));
        var open = await tracker.OpenAsync(TokenOf(html, "t/o"));
        var forged = await tracker.ClickAsync(TokenOf(html, "t/c") + "x");
        var otherPurpose = await tracker.ClickAsync(TokenOf(html, "t/o"));

        Assert.Equal(new TrackingResult(TrackingOutcome.Recorded, new Uri("https://acme.example/case-study")), click);
        Assert.Equal(TrackingOutcome.Recorded, open.Outcome);
        Assert.Equal(new TrackingResult(TrackingOutcome.Invalid, null), forged);
        Assert.Equal(new TrackingResult(TrackingOutcome.Invalid, null), otherPurpose);
        Assert.Contains("unsubscribe?token=", html, StringComparison.Ordinal); // the unsubscribe link is not rewritten
        var events = await host.InStoreAsync(s => s.EmailEvents.ListAsync(new EmailEventQuery { CampaignId = host.Campaign.Id, Kinds = [EmailEventKind.Clicked, EmailEventKind.Opened] }, new AutoMeet.Storage.PageRequest(0, 10)));
        Assert.Equal([EmailEventKind.Opened, EmailEventKind.Clicked], events.Select(e => e.Kind).Order());
    }

    [Fact]
    public async Task ClickAsync_ExpiredToken_StillRedirectsButRecordsNothing()
    {
        await using var host = await StartAsync(track: true);
        var html = await SendOneAsync(host);
        host.Advance(Duration.FromDays(181));

        var click = await host.Services.GetRequiredService<IEngagementTracker>().ClickAsync(TokenOf(html, "t/c"));

        Assert.Equal(new TrackingResult(TrackingOutcome.Expired, new Uri("https://acme.example/case-study")), click);
    }

    private static Task<SendingHost> StartAsync(bool track) => SendingHost.StartAsync(
        MondayMorning,
        services => services.Configure<SendingOptions>(o =>
        {
            o.TrackClicks = track;
            o.TrackOpens = track;
        }),
        steps: [SendingHost.Email(0, 0, "Hello", "Hi {{ prospect.first_name }}, here is our <a href=\"https://acme.example/case-study\">case study</a>.")]);

    private static async Task<string> SendOneAsync(SendingHost host)
    {
        await host.EnrollAsync("dana@globex.example");
        await host.PlanAsync();
        host.Advance(Duration.FromHours(2));
        await host.SendAsync();
        return Assert.Single(host.Mailbox.ListSent()).Email.HtmlBody!;
    }

    private static string TokenOf(string html, string path)
    {
        var match = Regex.Match(html, "/" + Regex.Escape(path) + "\\?token=([^\"]+)\"");
        Assert.True(match.Success, $"no {path} link in the HTML");
        return Uri.UnescapeDataString(WebUtility.HtmlDecode(match.Groups[1].Value));
    }
}
