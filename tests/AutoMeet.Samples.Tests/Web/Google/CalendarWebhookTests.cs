using System.Net;
using AutoMeet.Google.Calendar;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace AutoMeet.Samples.Tests.Web.Google;

public sealed class CalendarWebhookTests : GoogleWebTestBase
{
    private static readonly Uri Webhook = new("/webhooks/calendar", UriKind.Relative);

    private async Task<HttpResponseMessage> NotifyAsync(IReadOnlyDictionary<string, string> headers)
    {
        using var client = Factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, Webhook) { Content = new ByteArrayContent([]) };
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return await client.SendAsync(request);
    }

    private Dictionary<string, string> Headers(AutoMeet.Id<AutoMeet.Accounts.MailboxAccount> accountId, string calendarId, string channelId = "automeet-channel-1", Duration? expiresIn = null)
    {
        var clock = Factory.Services.GetRequiredService<IClock>();
        var token = Factory.Services.GetRequiredService<CalendarChannelTokens>().Create(channelId, accountId, calendarId, clock.GetCurrentInstant() + (expiresIn ?? Duration.FromDays(7)));
        return new Dictionary<string, string>
        {
            [CalendarPushRequest.ChannelIdHeader] = channelId,
            [CalendarPushRequest.ChannelTokenHeader] = token,
            [CalendarPushRequest.ResourceStateHeader] = "exists",
            [CalendarPushRequest.ResourceIdHeader] = "resource-1",
            [CalendarPushRequest.MessageNumberHeader] = "7",
        };
    }

    [Fact]
    public async Task Post_ValidChannelNotification_Returns200AndSyncsThatCalendar()
    {
        var account = await AddAccountAsync("ada@example.com");

        var response = await NotifyAsync(Headers(account.Id, "team@group.calendar.google.com"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal((account.Id, "team@group.calendar.google.com"), Assert.Single(Factory.CalendarSync.Calls));
    }

    [Fact]
    public async Task Post_TokenOfAnotherChannel_Returns401AndSyncsNothing()
    {
        var account = await AddAccountAsync("ada@example.com");
        var headers = Headers(account.Id, "primary", channelId: "automeet-channel-1");
        headers[CalendarPushRequest.ChannelIdHeader] = "automeet-channel-2";

        var response = await NotifyAsync(headers);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(Factory.CalendarSync.Calls);
    }

    [Fact]
    public async Task Post_ExpiredChannel_Returns401()
    {
        var account = await AddAccountAsync("ada@example.com");

        var response = await NotifyAsync(Headers(account.Id, "primary", expiresIn: Duration.FromHours(-1)));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(Factory.CalendarSync.Calls);
    }

    [Fact]
    public async Task Post_NoChannelHeaders_Returns401()
    {
        var response = await NotifyAsync(new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
