using System.Net;
using System.Text.Json;
using AutoMeet.Accounts;
using AutoMeet.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.WebUtilities;

namespace AutoMeet.Samples.Tests.Web.Google;

public sealed class GoogleConnectEndpointsTests : GoogleWebTestBase
{
    private HttpClient Client(string owner)
    {
        var client = Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add("X-AutoMeet-User", owner);
        return client;
    }

    private async Task<Dictionary<string, string>> ConnectAsync(string owner, string query = "")
    {
        using var client = Client(owner);
        var response = await client.GetAsync(new Uri("/connect/google" + query, UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.Equal(GoogleWebFactory.AuthorizationEndpoint.GetLeftPart(UriPartial.Path), location.GetLeftPart(UriPartial.Path));
        return QueryHelpers.ParseQuery(location.Query).ToDictionary(kv => kv.Key, kv => kv.Value.ToString());
    }

    [Fact]
    public async Task Connect_RedirectsToConsentWithPkceStateAndOfflineAccess()
    {
        var query = await ConnectAsync("alice");

        Assert.Equal(GoogleWebFactory.ClientId, query["client_id"]);
        Assert.Equal(GoogleWebFactory.RedirectUri.AbsoluteUri, query["redirect_uri"]);
        Assert.Equal("code", query["response_type"]);
        Assert.Equal("S256", query["code_challenge_method"]);
        Assert.Matches("^[A-Za-z0-9_-]{43}$", query["code_challenge"]);
        Assert.False(string.IsNullOrWhiteSpace(query["state"]));
        Assert.Equal("offline", query["access_type"]);
        Assert.Equal("true", query["include_granted_scopes"]);
        Assert.Contains("https://www.googleapis.com/auth/gmail.send", query["scope"].Split(' '));
        Assert.DoesNotContain(query["code_challenge"], query["state"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Connect_FeaturesParameter_AsksOnlyForTheirScopes()
    {
        var query = await ConnectAsync("alice", "?features=SendMail");

        Assert.Equal(["openid", "email", "profile", "https://www.googleapis.com/auth/gmail.send"], query["scope"].Split(' '));
    }

    [Fact]
    public async Task Connect_UnknownFeature_Returns400()
    {
        using var client = Client("alice");

        var response = await client.GetAsync(new Uri("/connect/google?features=Teleport", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Callback_StateOfAnotherUser_ShowsAClearErrorPage()
    {
        var state = (await ConnectAsync("alice"))["state"];
        using var client = Client("mallory");

        var response = await client.GetAsync(new Uri($"/connect/google/callback?code=4%2F0Ab&state={Uri.EscapeDataString(state)}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("Google account not connected", page, StringComparison.Ordinal);
        Assert.Contains("another user", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Callback_ForgedState_ShowsAClearErrorPage()
    {
        using var client = Client("alice");

        var response = await client.GetAsync(new Uri("/connect/google/callback?code=abc&state=forged", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("not one AutoMeet issued", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Callback_UserDeclined_ShowsADeclinedPage()
    {
        using var client = Client("alice");

        var response = await client.GetAsync(new Uri("/connect/google/callback?error=access_denied&state=x", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("You declined", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Disconnect_OwnersAccount_DisconnectsItAndSaysWhatGoogleDid()
    {
        var account = await AddAccountAsync("disconnect-me@example.com");
        using var client = Client("owner-1");

        var response = await client.PostAsync(new Uri($"/connect/google/disconnect?accountId={account.Id}", UriKind.Relative), content: null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(account.Id.Value, body.RootElement.GetProperty("accountId").GetGuid());
        Assert.Equal("NoToken", body.RootElement.GetProperty("revocation").GetString());
        Assert.Equal(0, body.RootElement.GetProperty("calendarChannelsStopped").GetInt32());
        Assert.Empty(body.RootElement.GetProperty("calendarChannelsNotStopped").EnumerateArray());
        Assert.StartsWith("Disconnected", body.RootElement.GetProperty("message").GetString(), StringComparison.Ordinal);
        await using var scope = Factory.Services.CreateAsyncScope();
        var stored = await scope.ServiceProvider.GetRequiredService<IAutoMeetStore>().MailboxAccounts.FindAsync(account.Id);
        Assert.Equal(AccountStatus.Disconnected, stored!.Status);
    }

    [Fact]
    public async Task Disconnect_ChannelThatCannotBeStopped_IsReportedAndItsRecordDeleted()
    {
        var account = await AddAccountAsync("channels@example.com");
        var expires = NodaTime.SystemClock.Instance.GetCurrentInstant() + NodaTime.Duration.FromDays(6);
        await using (var seed = Factory.Services.CreateAsyncScope())
        {
            var store = seed.ServiceProvider.GetRequiredService<IAutoMeetStore>();
            var stored = (await store.MailboxAccounts.FindAsync(account.Id))!;
            stored.CalendarChannels.Add(new AutoMeet.Calendars.CalendarPushChannel("primary", "automeet-sample-channel", "resource-1", expires));
            await store.MailboxAccounts.UpdateAsync(stored);
        }

        using var client = Client("owner-1");

        // The account holds no token, so channels.stop cannot be authorized: the disconnect goes on and says so.
        var response = await client.PostAsync(new Uri($"/connect/google/disconnect?accountId={account.Id}", UriKind.Relative), content: null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(0, body.RootElement.GetProperty("calendarChannelsStopped").GetInt32());
        var failure = Assert.Single(body.RootElement.GetProperty("calendarChannelsNotStopped").EnumerateArray());
        Assert.Equal("primary", failure.GetProperty("calendarId").GetString());
        Assert.Equal("automeet-sample-channel", failure.GetProperty("channelId").GetString());
        Assert.Equal(NodaTime.Text.InstantPattern.ExtendedIso.Format(expires), failure.GetProperty("expiresAt").GetString());
        Assert.False(string.IsNullOrWhiteSpace(failure.GetProperty("reason").GetString()));
        Assert.Contains("could not be stopped", body.RootElement.GetProperty("message").GetString(), StringComparison.Ordinal);
        await using var scope = Factory.Services.CreateAsyncScope();
        var after = await scope.ServiceProvider.GetRequiredService<IAutoMeetStore>().MailboxAccounts.FindAsync(account.Id);
        Assert.Equal(AccountStatus.Disconnected, after!.Status);
        Assert.Empty(after.CalendarChannels);
    }

    [Fact]
    public async Task Disconnect_AnotherOwnersAccount_Returns404AndLeavesItConnected()
    {
        var account = await AddAccountAsync("not-yours@example.com");
        using var client = Client("mallory");

        var response = await client.PostAsync(new Uri($"/connect/google/disconnect?accountId={account.Id}", UriKind.Relative), content: null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        await using var scope = Factory.Services.CreateAsyncScope();
        var stored = await scope.ServiceProvider.GetRequiredService<IAutoMeetStore>().MailboxAccounts.FindAsync(account.Id);
        Assert.Equal(AccountStatus.Connected, stored!.Status);
    }

    [Theory]
    [InlineData("")]
    [InlineData("?accountId=not-a-guid")]
    public async Task Disconnect_MissingOrBadAccountId_Returns400(string query)
    {
        using var client = Client("owner-1");

        var response = await client.PostAsync(new Uri("/connect/google/disconnect" + query, UriKind.Relative), content: null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Callback_MissingCode_ShowsAnErrorPage()
    {
        using var client = Client("alice");

        var response = await client.GetAsync(new Uri("/connect/google/callback", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("missing its &#39;code&#39; or &#39;state&#39;", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
